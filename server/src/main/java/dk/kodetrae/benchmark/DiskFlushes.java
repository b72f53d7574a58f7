package dk.kodetrae.benchmark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The disk's own share of a durable coding write: one thread appends what a commit of one coding appends to
 * SQLite's log and flushes it with {@code fsync}, as SQLite does, on a fixed schedule, latency counted from the
 * scheduled moment as for the paced coding writes. Traced with strace, 100 such commits wrote 3.6 MB to the log,
 * about nine 4 KB pages each (a coding touches its table, three indexes, its undo history and the change log);
 * the background checkpoint's writes and flushes come on top. No store of this design can acknowledge the write
 * sooner; when this p99 is over the coding target, so is ours.
 */
final class DiskFlushes {
    private static final int PAGES_PER_COMMIT = 9;
    private static final int COMMIT_BYTES = PAGES_PER_COMMIT * 4096;
    /** Commits' worth of file written over and over, as SQLite reuses its log file after a checkpoint. */
    private static final int SLOTS = 128;

    private DiskFlushes() {
    }

    static Percentiles paced(Path dir, int writes, int perSecond) throws IOException {
        Path file = dir.resolve("disk-flushes.bin");
        long pace = 1_000_000_000L / perSecond;
        ByteBuffer commit = ByteBuffer.allocate(COMMIT_BYTES);
        List<Double> millis = new ArrayList<>(writes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int slot = 0; slot < SLOTS; slot++) {
                channel.write(commit.clear(), (long) slot * COMMIT_BYTES);
            }
            channel.force(true);
            long first = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                long due = first + i * pace;
                LockSupport.parkNanos(due - System.nanoTime());
                commit.clear().putLong(0, i);
                channel.write(commit, (long) (i % SLOTS) * COMMIT_BYTES);
                channel.force(true);
                millis.add((System.nanoTime() - due) / 1e6);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return new Percentiles(millis);
    }
}
