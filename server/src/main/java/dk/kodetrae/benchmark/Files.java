package dk.kodetrae.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmarks' scratch folders: each run starts from an empty one; and what they hold on disk. */
final class Files {
    private Files() {
    }

    static void deleteTree(Path dir) throws IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = java.nio.file.Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }

    /** Bytes of a file, or of all files under a folder. */
    static long size(Path path) throws IOException {
        if (!java.nio.file.Files.isDirectory(path)) {
            return java.nio.file.Files.size(path);
        }
        try (Stream<Path> all = java.nio.file.Files.walk(path)) {
            long total = 0;
            for (Path p : all.filter(java.nio.file.Files::isRegularFile).toList()) {
                total += java.nio.file.Files.size(p);
            }
            return total;
        }
    }
}
