package dk.kodetrae.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class NativeLibraryTest {
    private static final String NAME = System.mapLibraryName("sqlitejdbc");

    @TempDir
    Path cache;

    @Test
    void firstUse_copiesTheDriversOwnLibrary() throws IOException {
        Path dir = NativeLibrary.cachedCopy(cache).orElseThrow();

        assertTrue(dir.startsWith(cache.toAbsolutePath()));
        assertArrayEquals(driversLibrary(), Files.readAllBytes(dir.resolve(NAME)));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no partial copy is left behind");
        }
    }

    @Test
    void laterUses_reuseTheCopyWithoutWritingIt() throws IOException {
        Path library = NativeLibrary.cachedCopy(cache).orElseThrow().resolve(NAME);
        FileTime longAgo = FileTime.fromMillis(0);
        Files.setLastModifiedTime(library, longAgo);

        Path again = NativeLibrary.cachedCopy(cache).orElseThrow();

        assertEquals(library.getParent(), again);
        assertEquals(longAgo, Files.getLastModifiedTime(library));
    }

    @Test
    void aCacheThatCannotBeWritten_leavesTheDriverToItsOwnWay() throws IOException {
        Path file = Files.writeString(cache.resolve("not-a-folder"), "x");

        assertTrue(NativeLibrary.cachedCopy(file).isEmpty());
    }

    @Test
    void aStore_runsOnTheCopyInTheUsersCache() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "only Linux tells which files a process has mapped");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                NativeLibraryProbe.class.getName(), cache.resolve("p.db").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        child.environment().put("XDG_CACHE_HOME", cache.toString());
        Process probe = child.start();
        String mapped = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertEquals(0, probe.waitFor());
        assertTrue(Path.of(mapped).startsWith(cache.resolve("kodetrae")), "SQLite was loaded from " + mapped);
    }

    @Test
    void cacheRoot_followsEachSystemsConvention() {
        assertEquals(Path.of("/x/cache/kodetrae"),
                NativeLibrary.cacheRoot(Map.of("XDG_CACHE_HOME", "/x/cache"), "Linux", "/home/ane"));
        assertEquals(Path.of("/home/ane/.cache/kodetrae"), NativeLibrary.cacheRoot(Map.of(), "Linux", "/home/ane"));
        assertEquals(Path.of("/Users/ane/Library/Caches/kodetrae"),
                NativeLibrary.cacheRoot(Map.of(), "Mac OS X", "/Users/ane"));
        assertEquals(Path.of("C:\\Users\\ane\\AppData\\Local").resolve("kodetrae"),
                NativeLibrary.cacheRoot(Map.of("LOCALAPPDATA", "C:\\Users\\ane\\AppData\\Local"), "Windows 11",
                        "C:\\Users\\ane"));
    }

    private static byte[] driversLibrary() throws IOException {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + NAME;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
