package dk.kodetrae.benchmark;

import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
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
 * The first round of each is reported apart (a cold JVM, as a one-off command line import sees it); the figures
 * compared are the medians of the rounds after it. Kodetræ's import uses both cores, so bare Lucene is measured
 * both as the simplest program writes it (one thread) and on as many threads as there are cores.
 */
final class ImportBenchmark {
    private static final int ROUNDS = 3;

    private ImportBenchmark() {
    }

    static void run(Path work, int n, long seed, PrintWriter out) throws IOException {
        List<Importer.Source> sources = new SyntheticCorpus().sources(seed, n, 60);
        double mb = sources.stream().mapToLong(s -> s.bytes().length).sum() / 1e6;
        int cores = Runtime.getRuntime().availableProcessors();
        List<Double> lucene = new ArrayList<>();
        List<Double> luceneParallel = new ArrayList<>();
        List<Double> kodetrae = new ArrayList<>();
        double coldLucene = 0;
        double coldKodetrae = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            double l = bareLucene(work.resolve("lucene-" + n), sources, 1);
            double lp = bareLucene(work.resolve("lucene-" + n), sources, cores);
            double k = kodetrae(work.resolve("import-" + n), sources, n);
            if (round == 0) {
                coldLucene = l;
                coldKodetrae = k;
            } else {
                lucene.add(l);
                luceneParallel.add(lp);
                kodetrae.add(k);
            }
        }
        double l = new Percentiles(lucene).at(50);
        double lp = new Percentiles(luceneParallel).at(50);
        double k = new Percentiles(kodetrae).at(50);
        out.printf(Locale.ROOT, "import of %d transcripts (%.1f MB), median of %d warm rounds: Kodetræ %.2f MB/s,"
                        + " bare Lucene %.2f MB/s on one thread, %.2f MB/s on %d: %.0f %% of bare Lucene on one"
                        + " thread (target >= 50 %%), %.0f %% on %d; first (cold) round: Kodetræ %.2f MB/s, bare"
                        + " Lucene %.2f MB/s, %.0f %%%n",
                n, mb, ROUNDS, mb / k, mb / l, mb / lp, cores, 100 * l / k, 100 * lp / k, cores,
                mb / coldKodetrae, mb / coldLucene, 100 * coldLucene / coldKodetrae);
    }

    /** Seconds to import {@code sources} into a new project. */
    private static double kodetrae(Path dir, List<Importer.Source> sources, int n) throws IOException {
        Files.deleteTree(dir);
        long t0 = System.nanoTime();
        try (Project p = Project.open(dir)) {
            p.importSources(sources, Optional.of(SyntheticCorpus.manifest(0, n)), ImportOptions.defaults().withActor("bench"),
                    Importer.Progress.NONE);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Seconds for Lucene alone to index each text as one field with the Danish analyzer on {@code threads}. */
    private static double bareLucene(Path dir, List<Importer.Source> sources, int threads) throws IOException {
        Files.deleteTree(dir);
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
        return (System.nanoTime() - t0) / 1e9;
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
