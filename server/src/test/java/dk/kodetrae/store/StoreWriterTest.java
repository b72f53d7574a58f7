package dk.kodetrae.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's one writer thread: nothing stops it for good, and no write waits for it forever (issue 25). */
class StoreWriterTest {
    @TempDir
    Path dir;

    private static long logged(Store store, String id) {
        return store.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM change_log WHERE entity_id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0L;
                }
            }
        });
    }

    private static void log(Store store, String id) {
        store.write(c -> store.logChange(c, new Change("test", "probe", "probe", id, "Åse")));
    }

    @Test
    void aWriteThatRunsOutOfMemory_failsAlone_andTheWritesAfterItStillCommit() {
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            StoreException failed = assertThrows(StoreException.class, () -> store.write(c -> {
                store.logChange(c, new Change("test", "probe", "probe", "oom", ""));
                throw new OutOfMemoryError("Java heap space");
            }));
            assertTrue(failed.getMessage().contains("nothing of it was saved"), failed.getMessage());
            assertTrue(failed.getMessage().contains("OutOfMemoryError"), failed.getMessage());
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> log(store, "after"),
                    "the writer thread survived the Error");
            assertEquals(0, logged(store, "oom"), "the failed write's own change was undone");
            assertEquals(1, logged(store, "after"));
        }
    }

    @Test
    void aWriteQueuedBehindALongWrite_isRefusedAtItsDeadline_andNeverCommittedLater() throws Exception {
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            store.writeDeadline(Duration.ofMillis(300));
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Object> longWrite = CompletableFuture.supplyAsync(() -> store.write(c -> {
                holding.countDown();
                return holdUntil(release);
            }));
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            long before = System.nanoTime();
            StoreBusyException busy = assertThrows(StoreBusyException.class, () -> log(store, "late"));
            long waitedMs = (System.nanoTime() - before) / 1_000_000;
            assertTrue(waitedMs >= 250 && waitedMs < 5_000, "waited " + waitedMs + " ms");
            assertTrue(busy.getMessage().contains("nothing was saved"), busy.getMessage());
            release.countDown();
            longWrite.get(10, TimeUnit.SECONDS);
            log(store, "next");
            assertEquals(0, logged(store, "late"), "a refused write is withdrawn, not committed behind the caller");
            assertEquals(1, logged(store, "next"));
        }
    }

    @Test
    void anEmptyDatabaseFile_isRefusedWithItsNameAndHowToRestore() throws Exception {
        Path db = dir.resolve("project.db");
        Files.createFile(db);
        StoreException refused = assertThrows(StoreException.class, () -> Store.open(db, Fixtures.CLOCK));
        assertTrue(refused.getMessage().contains(db.toAbsolutePath().toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("0 bytes") && refused.getMessage().contains("backup"),
                refused.getMessage());
        assertEquals(0, Files.size(db), "the file is left as it was");
    }

    /** Holds the store's writer, as a long import would, until {@code release}. */
    private static Object holdUntil(CountDownLatch release) {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
