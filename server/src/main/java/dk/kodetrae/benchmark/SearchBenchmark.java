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
 * {@code String.indexOf} scan of the same texts for the query's literal, in the same process.
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
    private static final int ROUNDS = 10;

    private SearchBenchmark() {
    }

    static void run(Path work, int n, long seed, PrintWriter out) throws IOException {
        Path dir = work.resolve("search-" + n);
        try (Project p = openOrBuild(dir, n, seed, out)) {
            List<String> texts = new ArrayList<>();
            for (Document d : p.corpus().documents()) {
                texts.add(p.corpus().text(d.id()).toLowerCase(Locale.ROOT));
            }
            warmUp(p, texts, 2);
            List<Double> kwic = new ArrayList<>();
            List<Double> scan = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (Query q : QUERIES) {
                    kwic.add(timeKwic(p, q));
                    scan.add(timeScan(texts, q));
                }
            }
            Percentiles k = new Percentiles(kwic);
            Percentiles s = new Percentiles(scan);
            out.printf(Locale.ROOT, "KWIC search at %d transcripts: p50 %.1f ms, p95 %.1f ms (target p95 <= 50 ms);"
                    + " indexOf scan p50 %.1f ms, p95 %.1f ms; scan p50 / KWIC p50 = %.2f%n",
                    n, k.at(50), k.at(95), s.at(50), s.at(95), s.at(50) / k.at(50));
        }
    }

    private static void warmUp(Project p, List<String> texts, int rounds) {
        for (int i = 0; i < rounds; i++) {
            for (Query q : QUERIES) {
                timeKwic(p, q);
                timeScan(texts, q);
            }
        }
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
