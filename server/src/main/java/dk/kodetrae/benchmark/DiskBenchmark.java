package dk.kodetrae.benchmark;

import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where a project's bytes go: {@value UploadBenchmark#PER_ROUND} transcripts of about 2,000 words imported one
 * at a time, as one-request uploads do; then the project is closed (the index committed, SQLite's log copied into
 * the database) and its folder measured: the database by table and index (SQLite's {@code dbstat}), and the search
 * index by kind of file, as written and after a copy of it is merged into one segment without compound files (so
 * that each kind of data has its own files).
 */
final class DiskBenchmark {
    /** Lucene's file kinds, by file name ending. */
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("tim", "terms"),
            Map.entry("tip", "terms"), Map.entry("tmd", "terms"), Map.entry("doc", "postings: documents"),
            Map.entry("pos", "postings: positions"), Map.entry("pay", "postings: offsets"),
            Map.entry("fdt", "stored fields"), Map.entry("fdx", "stored fields"), Map.entry("fdm", "stored fields"),
            Map.entry("dvd", "doc values"), Map.entry("dvm", "doc values"), Map.entry("kdd", "points"),
            Map.entry("kdi", "points"), Map.entry("kdm", "points"), Map.entry("nvd", "norms"),
            Map.entry("nvm", "norms"), Map.entry("psm", "postings: documents"));

    private DiskBenchmark() {
    }

    static void run(Path work, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("disk");
        Files.deleteTree(dir);
        SyntheticCorpus corpus = new SyntheticCorpus();
        try (Project p = Project.open(dir)) {
            for (int i = 0; i < UploadBenchmark.PER_ROUND; i++) {
                p.importSources(corpus.sources(seed, i, i + 1, UploadBenchmark.TURNS), Optional.empty(),
                        ImportOptions.defaults().withActor("bench"), Importer.Progress.NONE);
            }
        }
        Path index = dir.resolve(Project.INDEX);
        Path merged = work.resolve("disk-index-merged");
        Files.deleteTree(merged);
        mergeCopy(index, merged);
        out.printf(Locale.ROOT, "disk for %d transcripts imported one at a time: folder %s; database %s (%s);"
                + " index as written %s; index merged into one segment %s (%s)%n", UploadBenchmark.PER_ROUND,
                mb(Files.size(dir)), mb(Files.size(dir.resolve(Project.DATABASE))), tables(dir.resolve(Project.DATABASE)),
                mb(Files.size(index)), mb(Files.size(merged)), describe(byKind(merged)));
    }

    /** A copy of the index merged into one segment of plain files, one kind of data per file. */
    private static void mergeCopy(Path index, Path copy) throws IOException {
        java.nio.file.Files.createDirectories(copy);
        try (Directory from = FSDirectory.open(index); Directory to = FSDirectory.open(copy)) {
            TieredMergePolicy plain = new TieredMergePolicy();
            plain.setNoCFSRatio(0);
            try (IndexWriter w = new IndexWriter(to, new IndexWriterConfig(new StandardAnalyzer())
                    .setUseCompoundFile(false).setMergePolicy(plain))) {
                w.addIndexes(from);
                w.forceMerge(1);
            }
        }
    }

    private static Map<String, Long> byKind(Path index) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> files = java.nio.file.Files.list(index)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                String ending = name.substring(name.lastIndexOf('.') + 1);
                out.merge(KINDS.getOrDefault(ending, "other"), java.nio.file.Files.size(f), Long::sum);
            }
        }
        return out;
    }

    /** Bytes per table and index of the database, largest first, from SQLite's {@code dbstat} table. */
    private static String tables(Path database) throws SQLException {
        Map<String, Long> bytes = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name")) {
            while (r.next()) {
                bytes.put(r.getString(1), r.getLong(2));
            }
        } catch (SQLException noDbstat) {
            return "no table sizes: this SQLite has no dbstat";
        }
        return describe(bytes);
    }

    private static String describe(Map<String, Long> bytes) {
        return bytes.entrySet().stream().filter(e -> e.getValue() >= 10_240)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + mb(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / 1048576.0);
    }
}
