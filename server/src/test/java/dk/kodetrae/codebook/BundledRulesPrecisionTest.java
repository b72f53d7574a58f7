package dk.kodetrae.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchIndex;
import dk.kodetrae.search.SearchRequest;
import dk.kodetrae.search.Unit;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled codebooks' auto-coding rules, held to the hits a person judged (issue 18 §2): the rules applied to the
 * demo corpus must not match a known false positive again, must be at least 80 % precise on the judged hits they
 * match, and every rule's hits must be judged enough to say so. The judgements are
 * {@code src/test/resources/codebook/rule-review.tsv}; its README says how they were sampled and judged.
 */
class BundledRulesPrecisionTest {
    private static final Path CODEBOOKS = Path.of("..", "codebooks");
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final Path REVIEW = Path.of("src/test/resources/codebook/rule-review.tsv");
    private static final double MIN_PRECISION = 0.8;
    /** A rule's judged hits must number at least this many, or all its hits when it has fewer. */
    private static final int MIN_JUDGED = 10;

    @TempDir
    static Path dir;
    static Project demo;
    static Map<String, Document> documents;
    /** Per code: the units its rule matches now, as "document start end". */
    static Map<String, Set<String>> matches;
    static List<Judged> review;

    /** One judged hit: a line of the review file. */
    record Judged(int line, String code, String document, int start, int end, boolean relevant, String guard,
                  String reason, String quote) {
        String unit() {
            return document + " " + start + " " + end;
        }

        String describe() {
            return code + " in " + document + " [" + start + ", " + end + ") \"" + shorten(quote) + "\" (" + reason
                    + "; rule-review.tsv line " + line + ")";
        }
    }

    @BeforeAll
    static void applyTheRulesToTheDemoCorpus() throws IOException {
        demo = Project.open(dir);
        demo.importPaths(List.of(CORPUS.resolve("transcripts")), Optional.of(CORPUS.resolve("manifest.csv")),
                ImportOptions.defaults(), Importer.Progress.NONE);
        documents = new HashMap<>();
        demo.corpus().documents().forEach(d -> documents.put(d.name(), d));
        matches = new LinkedHashMap<>();
        for (Path file : List.of(CODEBOOKS.resolve("ressourceforloeb.json"),
                CODEBOOKS.resolve("gode-ressourceforloeb.json"))) {
            CodebookFile book = CodebookFiles.read(file.getFileName().toString(), Files.readAllBytes(file));
            for (CodebookFile.Entry e : book.codes()) {
                matches.put(e.id(), units(e.rule()));
            }
        }
        review = read(REVIEW);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void reviewFile_quotesTheDemoCorpusAtTheJudgedOffsets() {
        List<String> wrong = new ArrayList<>();
        for (Judged j : review) {
            Document d = documents.get(j.document());
            if (d == null || !matches.containsKey(j.code())) {
                wrong.add("unknown document or code: " + j.describe());
                continue;
            }
            String text = demo.corpus().text(d.id());
            if (j.end() > text.length() || !spaced(text.substring(j.start(), j.end())).equals(spaced(j.quote()))) {
                wrong.add("the corpus text differs from the judged quote: " + j.describe());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRule_keepsItsExcludedFalsePositivesOut() {
        List<String> back = review.stream()
                .filter(j -> j.guard().equals("excluded") && matches.get(j.code()).contains(j.unit()))
                .map(Judged::describe).toList();
        assertEquals(List.of(), back, "known false positives that a rule matches again");
    }

    @Test
    void everyRule_isAtLeast80PercentPreciseOnTheJudgedHitsItMatches() {
        Map<String, int[]> counts = judgedMatches();
        List<String> imprecise = new ArrayList<>();
        counts.forEach((code, c) -> {
            if (c[1] > 0 && c[0] < MIN_PRECISION * c[1]) {
                imprecise.add(String.format(Locale.ROOT, "%s: %d of %d judged hits relevant", code, c[0], c[1]));
            }
        });
        assertEquals(List.of(), imprecise);
    }

    @Test
    void everyRule_hasEnoughOfItsHitsJudged() {
        Map<String, int[]> counts = judgedMatches();
        List<String> unjudged = new ArrayList<>();
        matches.forEach((code, units) -> {
            int judged = counts.getOrDefault(code, new int[2])[1];
            if (judged < Math.min(MIN_JUDGED, units.size())) {
                unjudged.add(code + ": " + judged + " of " + units.size() + " hits judged; judge a sample of the"
                        + " rule's hits and add them to rule-review.tsv");
            }
        });
        assertEquals(List.of(), unjudged);
    }

    @Test
    void theTillidRule_nowMatchesNeitherChairsNorBeingSurprised() {
        List<Judged> chairsAndSurprise = review.stream().filter(j -> j.code().equals("motivation-tillid")
                && (j.quote().contains("stole i venteværelset") || j.quote().contains("Det havde jeg aldrig troet")))
                .toList();
        assertEquals(2, chairsAndSurprise.size(), "both known false positives of the Tillid rule are judged");
        chairsAndSurprise.forEach(j -> assertTrue(!j.relevant() && !matches.get(j.code()).contains(j.unit()),
                j.describe()));
    }

    /** Per code: {relevant, judged} over the judged hits its rule matches now. */
    private static Map<String, int[]> judgedMatches() {
        Map<String, int[]> counts = new HashMap<>();
        for (Judged j : review) {
            if (matches.get(j.code()).contains(j.unit())) {
                int[] c = counts.computeIfAbsent(j.code(), k -> new int[2]);
                c[0] += j.relevant() ? 1 : 0;
                c[1]++;
            }
        }
        return counts;
    }

    private static Set<String> units(Rule rule) {
        SearchRequest request = SearchRequest.of(rule.query()).withUnit(Unit.of(rule.unit()));
        if (!rule.speaker().equals("any")) {
            request = request.withSpeaker(SpeakerRole.of(rule.speaker()));
        }
        Map<Long, String> names = new HashMap<>();
        documents.values().forEach(d -> names.put(d.id(), d.name()));
        Set<String> out = new HashSet<>();
        for (SearchIndex.UnitMatch m : demo.index().allMatches(request)) {
            out.add(names.get(m.documentId()) + " " + m.span().start() + " " + m.span().end());
        }
        return out;
    }

    private static List<Judged> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Judged> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.startsWith("codebook\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 10 || !f[5].matches("yes|no") || !f[6].matches("|excluded|tolerated")) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": expected 10 tab-separated fields with"
                        + " expected yes/no and guard ''/excluded/tolerated, got: " + line);
            }
            out.add(new Judged(i + 1, f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5].equals("yes"),
                    f[6], f[8], f[9]));
        }
        return out;
    }

    private static String spaced(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
