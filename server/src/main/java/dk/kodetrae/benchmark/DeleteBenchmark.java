package dk.kodetrae.benchmark;

import dk.kodetrae.corpus.Document;
import dk.kodetrae.deletion.Deleted;
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
import java.util.stream.Stream;

/**
 * Delete of one document from a project of N synthetic transcripts (10,000 by default): a transcript holding a word
 * no other has is added, then deleted; the figure is the time from the delete's start until it returns, when the
 * word is gone from every file of the project folder (store, its log, index), which a scan of every byte confirms.
 */
final class DeleteBenchmark {
    private static final String WORD = "zyxbenchvord";

    private DeleteBenchmark() {
    }

    static void run(Path work, int transcripts, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("delete-" + transcripts);
        try (Project p = SearchBenchmark.openOrBuild(dir, transcripts, seed, out)) {
            String text = "I: Hvad hedder du?\n\nR: Jeg hedder " + WORD + ", og det er fortroligt.\n";
            p.importSources(List.of(new Importer.Source("fortrolig.txt", text.getBytes(StandardCharsets.UTF_8))),
                    Optional.empty(), ImportOptions.defaults().withActor("bench"), Importer.Progress.NONE);
            Document d = p.corpus().documentNamed("fortrolig").orElseThrow();
            long before = filesHolding(p.directory());
            long t0 = System.nanoTime();
            Deleted deleted = p.deletions().document(d.id(), "bench");
            double ms = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            long after = filesHolding(p.directory());
            double scanMs = (System.nanoTime() - t1) / 1e6;
            out.printf(Locale.ROOT, "delete: one document from %d transcripts: %.0f ms until the word is gone from"
                            + " disk (files holding it before %d, after %d; %d change-log details erased; scanning"
                            + " %.0f MB took %.0f ms)%n", transcripts, ms, before, after, deleted.erased(),
                    folderBytes(p.directory()) / 1e6, scanMs);
            if (after != 0) {
                throw new IllegalStateException("the deleted word is still in " + after + " files of " + dir);
            }
        }
        Files.deleteTree(dir);
    }

    private static long filesHolding(Path dir) throws IOException {
        byte[] needle = WORD.getBytes(StandardCharsets.UTF_8);
        long n = 0;
        try (Stream<Path> all = java.nio.file.Files.walk(dir)) {
            for (Path f : all.filter(java.nio.file.Files::isRegularFile).toList()) {
                if (contains(java.nio.file.Files.readAllBytes(f), needle)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> all = java.nio.file.Files.walk(dir)) {
            return all.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
