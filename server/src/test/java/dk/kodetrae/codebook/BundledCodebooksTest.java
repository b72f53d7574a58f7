package dk.kodetrae.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.QueryLanguage;
import dk.kodetrae.search.SearchIndex;
import dk.kodetrae.search.SearchRequest;
import dk.kodetrae.search.Unit;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebooks shipped in codebooks/: sound trees, parsable rules, and every rule finds text in the demo corpus. */
class BundledCodebooksTest {
    private static final Path CODEBOOKS = Path.of("..", "codebooks");
    private static final Path CORPUS = Path.of("..", "corpus");

    @TempDir
    static Path dir;
    static Project demo;

    @BeforeAll
    static void importDemoCorpus() {
        demo = Project.open(dir);
        demo.importPaths(List.of(CORPUS.resolve("transcripts")), Optional.of(CORPUS.resolve("manifest.csv")),
                ImportOptions.defaults(), Importer.Progress.NONE);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    static Stream<Path> codebookFiles() throws IOException {
        return Files.list(CODEBOOKS).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    private static CodebookFile read(Path file) throws IOException {
        return CodebookFiles.read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    @ParameterizedTest
    @MethodSource("codebookFiles")
    void codebook_isASoundTreeWithParsableRules(Path file) throws IOException {
        CodebookFile book = read(file);
        assertEquals(List.of(), CodebookValidator.problems(book, QueryLanguage.standard()));
        Set<String> ids = new HashSet<>();
        for (CodebookFile.Entry e : book.codes()) {
            assertTrue(ids.add(e.id()), "unique id " + e.id());
            assertTrue(e.parent() == null || ids.contains(e.parent()), "parent before child: " + e.id());
            for (String field : new String[] {e.name(), e.label(), e.color(), e.description(), e.include(),
                    e.exclude(), e.example()}) {
                assertNotNull(field, e.id());
                assertFalse(field.isBlank(), e.id() + " has every field filled in");
            }
            assertNotNull(e.rule(), e.id() + " has a rule");
        }
        assertTrue(book.codes().size() >= 20 && book.codes().size() <= 50, book.codes().size() + " codes");
    }

    @ParameterizedTest
    @MethodSource("codebookFiles")
    void everyRule_matchesAtLeastOnePassageOfTheDemoCorpus(Path file) throws IOException {
        Map<String, Integer> empty = new TreeMap<>();
        for (CodebookFile.Entry e : read(file).codes()) {
            if (matches(e.rule()).isEmpty()) {
                empty.put(e.id(), 0);
            }
        }
        assertEquals(Map.of(), empty, "rules that find nothing");
    }

    @Test
    void studyCodebook_hasTheFiveThemesOfTheStudy() throws IOException {
        List<String> themes = read(CODEBOOKS.resolve("ressourceforloeb.json")).codes().stream()
                .filter(e -> e.parent() == null).map(CodebookFile.Entry::name).toList();
        assertEquals(List.of("Organisering", "Team", "Motivation", "Empowerment", "Progression"), themes);
    }

    @Test
    void exportedCodebook_equalsTheLoadedFile() throws IOException {
        CodebookFile file = read(CODEBOOKS.resolve("ressourceforloeb.json"));
        demo.codebooks().load(file, "test");
        CodebookFile exported = demo.codebooks().export(file.id());
        assertEquals(file, CodebookFiles.read("export", CodebookFiles.write(exported)));
    }

    /** Prints, per theme, the share of respondent sentences its rules (theme and sub-codes) cover. */
    @Test
    void themeCoverage_isReported() throws IOException {
        List<CodebookFile.Entry> codes = read(CODEBOOKS.resolve("ressourceforloeb.json")).codes();
        int respondentSentences = demo.index().allMatches(SearchRequest.of("").withSpeaker(SpeakerRole.RESPONDENT)).size();
        Map<String, String> themeOf = new TreeMap<>();
        for (CodebookFile.Entry e : codes) {
            themeOf.put(e.id(), e.parent() == null ? e.id() : themeOf.get(e.parent()));
        }
        Map<String, Set<String>> covered = new TreeMap<>();
        for (CodebookFile.Entry e : codes) {
            Set<String> units = covered.computeIfAbsent(themeOf.get(e.id()), k -> new HashSet<>());
            Rule sentenceRule = new Rule(e.rule().query(), "sentence", "respondent");
            matches(sentenceRule).forEach(m -> units.add(m.documentId() + ":" + m.unitSeq()));
        }
        covered.forEach((theme, units) -> System.out.printf(Locale.ROOT, "theme %-14s covers %5.1f %% of %d respondent sentences%n",
                theme, 100.0 * units.size() / respondentSentences, respondentSentences));
        assertEquals(5, covered.size());
        covered.values().forEach(units -> assertFalse(units.isEmpty()));
    }

    private static List<SearchIndex.UnitMatch> matches(Rule rule) {
        SearchRequest request = SearchRequest.of(rule.query()).withUnit(Unit.of(rule.unit()));
        if (!rule.speaker().equals("any")) {
            request = request.withSpeaker(SpeakerRole.of(rule.speaker()));
        }
        return demo.index().allMatches(request);
    }
}
