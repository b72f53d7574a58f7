package dk.kodetrae.benchmark;

import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 */
final class ImportBenchmark {
    private ImportBenchmark() {
    }

    static void run(Path work, int n, long seed, PrintWriter out) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus();
        warmUp(work, corpus, seed);
        List<Importer.Source> sources = corpus.sources(seed, n, 60);
        double mb = sources.stream().mapToLong(s -> s.bytes().length).sum() / 1e6;
        double lucene = bareLucene(work.resolve("lucene-" + n), sources);
        double kodetrae = kodetrae(work.resolve("import-" + n), sources, n);
        out.printf(Locale.ROOT, "import of %d transcripts (%.1f MB): Kodetræ %.2f MB/s, bare Lucene %.2f MB/s:"
                + " %.0f %% of bare Lucene (target >= 50 %%)%n", n, mb, mb / kodetrae, mb / lucene, 100 * lucene / kodetrae);
    }

    private static void warmUp(Path work, SyntheticCorpus corpus, long seed) throws IOException {
        List<Importer.Source> few = corpus.sources(seed + 1, 40, 60);
        bareLucene(work.resolve("warm-lucene"), few);
        kodetrae(work.resolve("warm-import"), few, 40);
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

    /** Seconds for Lucene alone to index each text as one field with the Danish analyzer, and commit. */
    private static double bareLucene(Path dir, List<Importer.Source> sources) throws IOException {
        Files.deleteTree(dir);
        long t0 = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new DanishAnalyzer()).setRAMBufferSizeMB(128))) {
            for (Importer.Source s : sources) {
                Document doc = new Document();
                doc.add(new TextField("text", new String(s.bytes(), StandardCharsets.UTF_8), Field.Store.NO));
                w.addDocument(doc);
            }
            w.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
