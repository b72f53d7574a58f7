package dk.kodetrae.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, kept in the per-user cache. Left to itself, sqlite-jdbc copies the library out of its
 * jar into the temporary directory at every start of the JVM, under a fresh name, and compares the copy with the
 * original byte for byte; it also starts a process ({@code uname}) to tell the platform. That cost each server
 * start 0.1 to 0.15 s of CPU (two comparisons of alternating starts). Here the library is copied once per driver
 * version and platform, and the driver is pointed at the copy. If anything goes wrong, the driver is left to do as
 * it does by default.
 */
final class NativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME = System.mapLibraryName("sqlitejdbc");

    private NativeLibrary() {
    }

    /** Points sqlite-jdbc at the cached copy, making it first if needed; does nothing if told where it is. */
    static void useCachedCopy() {
        if (System.getProperty(PATH_PROPERTY) == null) {
            cachedCopy(cacheRoot(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home")))
                    .ifPresent(dir -> System.setProperty(PATH_PROPERTY, dir.toString()));
        }
    }

    /**
     * The folder under {@code root} holding this driver's library for this platform, copied there if it is not
     * yet; empty if it cannot be.
     */
    static Optional<Path> cachedCopy(Path root) {
        Path dir = root.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-"
                + System.getProperty("os.name") + "-" + System.getProperty("os.arch")).toAbsolutePath();
        Path library = dir.resolve(NAME);
        if (Files.isRegularFile(library)) {
            return Optional.of(dir);
        }
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + NAME;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, NAME, ".partial");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                // Another process may be copying at the same time; whichever moves last leaves an identical file.
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(dir);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The per-user cache folder of Kodetræ, as each operating system expects it. */
    static Path cacheRoot(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.contains("win")) {
            base = Path.of(env.getOrDefault("LOCALAPPDATA", home + "\\AppData\\Local"));
        } else if (os.contains("mac")) {
            base = Path.of(home, "Library", "Caches");
        } else {
            String xdg = env.get("XDG_CACHE_HOME");
            base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        }
        return base.resolve("kodetrae");
    }
}
