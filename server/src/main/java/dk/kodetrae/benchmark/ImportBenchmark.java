package dk.kodetrae.benchmark;

import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchIndex;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Import throughput: Kodetræ's whole import (decode, normalise, turns, sentences, language, SQLite, index of
 * sentences and turns) against bare Lucene indexing the same texts with the same analyzer, in the same process.
 * Rounds of each repeat until Kodetræ's rate settles ({@link WarmUp}); the figures compared are the medians of the
 * settled rounds, and the first round is reported apart (a cold JVM, as a one-off command line import sees it).
 * Kodetræ's import uses both cores, so bare Lucene is measured both as the simplest program writes it (one thread)
 * and on as many threads as there are cores. The CPU time of the process during each import is reported beside
 * the rates: on a shared host it varies less than the wall clock, and it shows how far from bare Lucene the work is
 * whatever the cores. Each round also rebuilds the index of the imported project from its store: the index's
 * work alone (each text inverted as sentences and again as turns), the most any import with that index could reach.
 */
final class ImportBenchmark {
    private ImportBenchmark() {
    }

    /**
     * One round: megabytes a second of bare Lucene on one thread and on all cores, and of Kodetræ; and the CPU
     * seconds of bare Lucene on one thread and of Kodetræ.
     */
    private record Round(double lucene, double luceneParallel, double kodetrae, double luceneCpu,
                         double kodetraeCpu, double index, double indexCpu) {
        static Round of(double mb, Timed lucene, Timed luceneParallel, Timed kodetrae, Timed index) {
            return new Round(mb / lucene.seconds(), mb / luceneParallel.seconds(), mb / kodetrae.seconds(),
                    lucene.cpuSeconds(), kodetrae.cpuSeconds(), mb / index.seconds(), index.cpuSeconds());
        }
    }

    /** Wall-clock and CPU seconds of one run. */
    private record Timed(double seconds, double cpuSeconds) {
    }

    /** Seconds the process has spent on the CPU, all its threads together. */
    private static double cpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    static void run(Path work, int n, long seed, PrintWriter out) throws Exception {
        List<Importer.Source> sources = new SyntheticCorpus().sources(seed, n, 60);
        double mb = sources.stream().mapToLong(s -> s.bytes().length).sum() / 1e6;
        int cores = Runtime.getRuntime().availableProcessors();
        Path project = work.resolve("import-" + n);
        List<Round> rounds = WarmUp.untilSettled(r -> Round.of(mb,
                bareLucene(work.resolve("lucene-" + n), sources, 1),
                bareLucene(work.resolve("lucene-" + n), sources, cores),
                kodetrae(project, sources, n), reindex(project)), Round::kodetrae);
        List<Round> settled = WarmUp.lastSettled(rounds);
        double l = median(settled, Round::lucene);
        double lp = median(settled, Round::luceneParallel);
        double k = median(settled, Round::kodetrae);
        double lCpu = median(settled, Round::luceneCpu);
        double kCpu = median(settled, Round::kodetraeCpu);
        double index = median(settled, Round::index);
        double indexCpu = median(settled, Round::indexCpu);
        Round cold = rounds.getFirst();
        out.printf(Locale.ROOT, "import of %d transcripts (%.1f MB), median of the last %d of %d rounds%s: Kodetræ"
                        + " %.2f MB/s, bare Lucene %.2f MB/s on one thread, %.2f MB/s on %d: %.0f %% of bare Lucene on"
                        + " one thread (target >= 50 %%), %.0f %% on %d; CPU time of a round: Kodetræ %.2f s, bare"
                        + " Lucene %.2f s (%.1f times as much); the index alone (rebuilt from the store): %.2f MB/s, %.0f %%"
                        + " of bare Lucene on one thread, CPU %.2f s; first (cold) round: Kodetræ %.2f MB/s, bare Lucene"
                        + " %.2f MB/s, %.0f %%%n",
                n, mb, settled.size(), rounds.size(),
                WarmUp.settled(rounds, Round::kodetrae) ? "" : " (Kodetræ's rate had not settled)", k, l, lp, cores,
                100 * k / l, 100 * k / lp, cores, kCpu, lCpu, kCpu / lCpu, index, 100 * index / l, indexCpu,
                cold.kodetrae(), cold.lucene(),
                100 * cold.kodetrae() / cold.lucene());
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> rate) {
        return new Percentiles(rounds.stream().map(rate::applyAsDouble).toList()).at(50);
    }

    /** Time to import {@code sources} into a new project. */
    private static Timed kodetrae(Path dir, List<Importer.Source> sources, int n) throws IOException {
        Files.deleteTree(dir);
        double cpu0 = cpuSeconds();
        long t0 = System.nanoTime();
        try (Project p = Project.open(dir)) {
            p.importSources(sources, Optional.of(SyntheticCorpus.manifest(0, n)), ImportOptions.defaults().withActor("bench"),
                    Importer.Progress.NONE);
        }
        return new Timed((System.nanoTime() - t0) / 1e9, cpuSeconds() - cpu0);
    }

    /** Time to rebuild the index of the project in {@code dir} from its store. */
    private static Timed reindex(Path dir) {
        try (Project p = Project.open(dir)) {
            double cpu0 = cpuSeconds();
            long t0 = System.nanoTime();
            p.index().rebuild(SearchIndex.Progress.NONE);
            return new Timed((System.nanoTime() - t0) / 1e9, cpuSeconds() - cpu0);
        }
    }

    /** Time for Lucene alone to index each text as one field with the Danish analyzer on {@code threads}. */
    private static Timed bareLucene(Path dir, List<Importer.Source> sources, int threads) throws IOException {
        Files.deleteTree(dir);
        double cpu0 = cpuSeconds();
        long t0 = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new DanishAnalyzer()).setRAMBufferSizeMB(128))) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> sources.parallelStream().forEach(s -> add(w, s))).join();
            } finally {
                pool.shutdown();
            }
            w.commit();
        }
        return new Timed((System.nanoTime() - t0) / 1e9, cpuSeconds() - cpu0);
    }

    private static void add(IndexWriter w, Importer.Source s) {
        Document doc = new Document();
        doc.add(new TextField("text", new String(s.bytes(), StandardCharsets.UTF_8), Field.Store.NO));
        try {
            w.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
