package dk.kodetrae.benchmark;

import dk.kodetrae.corpus.Document;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchRequest;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * KWIC search latency (top 50, whole-unit highlighting, counts over all hits) against a linear
 * {@code String.indexOf} scan of the same texts for the query's literal, in the same process. Measured warm: rounds
 * of searches repeat first until their rate settles ({@link WarmUp}).
 */
final class SearchBenchmark {
    /** A query in the search language and the literal a naive scan would look for. */
    private record Query(String query, String literal) {
    }

    private static final List<Query> QUERIES = List.of(
            new Query("sanktion", "sanktion"), new Query("mentor", "mentor"),
            new Query("\"tværfagligt samarbejde\"", "tværfagligt samarbejde"),
            new Query("rehabiliteringsteam*", "rehabiliteringsteam"), new Query("praktik AND angst", "praktik"),
            new Query("tillid", "tillid"), new Query("økonomi", "økonomi"), new Query("psykolog", "psykolog"),
            new Query("førtidspension", "førtidspension"), new Query("\"det er\"~2 ventetid", "ventetid"));
    /**
     * Queries that need every word: stop words in phrases and negations, exact forms. Timed apart from {@link
     * #QUERIES}, which stay as they were so figures compare across builds; a phrase of stop words reads the long
     * position lists of very common words.
     */
    private static final List<Query> EVERY_WORD_QUERIES = List.of(
            new Query("\"ikke lyst\"", "ikke lyst"), new Query("\"lyst til\"", "lyst til"),
            new Query("\"tid til\"", "tid til"), new Query("ikke NOT lyst", "ikke"),
            new Query("\"det er\"", "det er"), new Query("\"ikke noget\"", "ikke noget"),
            new Query("=stol", "stol"), new Query("\"=ikke lyst\"", "ikke lyst"));
    private static final int ROUNDS = 10;
    /** Passes over the queries in a warm-up round: enough searches for a round's rate to mean something. */
    private static final int WARM_UP_PASSES = 5;

    private SearchBenchmark() {
    }

    static void run(Path work, int n, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("search-" + n);
        try (Project p = openOrBuild(dir, n, seed, out)) {
            List<String> texts = new ArrayList<>();
            for (Document d : p.corpus().documents()) {
                texts.add(p.corpus().text(d.id()).toLowerCase(Locale.ROOT));
            }
            int warmUpRounds = WarmUp.untilSettled(r -> warmUpRound(p, texts), perSecond -> perSecond).size();
            List<Double> kwic = new ArrayList<>();
            List<Double> scan = new ArrayList<>();
            List<Double> everyWord = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (Query q : QUERIES) {
                    kwic.add(timeKwic(p, q));
                    scan.add(timeScan(texts, q));
                }
                for (Query q : EVERY_WORD_QUERIES) {
                    everyWord.add(timeKwic(p, q));
                }
            }
            Percentiles k = new Percentiles(kwic);
            Percentiles s = new Percentiles(scan);
            out.printf(Locale.ROOT, "KWIC search at %d transcripts, after %d warm-up rounds: p50 %.1f ms, p95 %.1f ms"
                    + " (target p95 <= 50 ms); indexOf scan p50 %.1f ms, p95 %.1f ms; scan p50 / KWIC p50 = %.2f%n",
                    n, warmUpRounds, k.at(50), k.at(95), s.at(50), s.at(95), s.at(50) / k.at(50));
            Percentiles w = new Percentiles(everyWord);
            out.printf(Locale.ROOT, "  phrases of stop words, negations and =exact forms: p50 %.1f ms, p95 %.1f ms%n",
                    w.at(50), w.at(95));
        }
    }

    /** Searches per second of a few passes over the queries, each with its scan. */
    private static double warmUpRound(Project p, List<String> texts) {
        double seconds = 0;
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (Query q : QUERIES) {
                seconds += timeKwic(p, q) / 1e3;
                timeScan(texts, q);
            }
        }
        return WARM_UP_PASSES * QUERIES.size() / seconds;
    }

    private static double timeKwic(Project p, Query q) {
        long t0 = System.nanoTime();
        p.index().search(SearchRequest.of(q.query()).withPage(0, 50));
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Counts every occurrence, and cuts context for the first 50, as a KWIC list would. */
    private static double timeScan(List<String> texts, Query q) {
        long t0 = System.nanoTime();
        int hits = 0;
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            for (int at = text.indexOf(q.literal()); at >= 0; at = text.indexOf(q.literal(), at + 1)) {
                if (hits++ < 50) {
                    lines.add(text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)));
                }
            }
        }
        if (lines.size() > hits) {
            throw new IllegalStateException("unreachable: keeps the scan from being optimised away");
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Opens the project of {@code n} synthetic transcripts in {@code dir}, building it (with attributes) if needed. */
    static Project openOrBuild(Path dir, int n, long seed, PrintWriter out) throws IOException {
        return openOrBuild(dir, n, seed, 60, out);
    }

    static Project openOrBuild(Path dir, int n, long seed, int turns, PrintWriter out) throws IOException {
        Project p = Project.open(dir);
        if (p.corpus().documents().size() == n) {
            return p;
        }
        p.close();
        Files.deleteTree(dir);
        p = Project.open(dir);
        SyntheticCorpus corpus = new SyntheticCorpus();
        long t0 = System.nanoTime();
        int batch = 1_000;
        for (int from = 0; from < n; from += batch) {
            int to = Math.min(n, from + batch);
            p.importSources(corpus.sources(seed, from, to, turns), Optional.of(SyntheticCorpus.manifest(from, to)),
                    ImportOptions.defaults().withActor("bench"), Importer.Progress.NONE);
        }
        out.printf(Locale.ROOT, "(built a project of %d synthetic transcripts in %.0f s)%n", n, (System.nanoTime() - t0) / 1e9);
        return p;
    }
}
