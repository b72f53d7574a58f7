package dk.kodetrae.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link NativeLibraryTest}: opens a store, closes it and prints the files of SQLite's native library
 * that the process has mapped (it stays loaded).
 */
public final class NativeLibraryProbe {
    private NativeLibraryProbe() {
    }

    public static void main(String[] args) throws IOException {
        Store.open(Path.of(args[0]), Clock.systemUTC()).close();
        Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(line -> line.contains("sqlitejdbc"))
                .map(line -> line.substring(line.indexOf('/')))
                .distinct()
                .forEach(System.out::println);
    }
}
