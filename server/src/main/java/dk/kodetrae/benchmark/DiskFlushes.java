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
 * The disk's own share of a durable write: one thread writes a 4 KB page and flushes it ({@code fdatasync}, as
 * SQLite flushes its log at a commit) on a fixed schedule, latency counted from the scheduled moment as for the
 * paced coding writes. No store can acknowledge a durable write sooner; when this p99 is over the coding target,
 * so is every durable design's on this machine at that moment.
 */
final class DiskFlushes {
    private static final int PAGE = 4096;
    /** Pages written over and over, as SQLite reuses its log file after a checkpoint. */
    private static final int PAGES = 1024;

    private DiskFlushes() {
    }

    static Percentiles paced(Path dir, int writes, int perSecond) throws IOException {
        Path file = dir.resolve("disk-flushes.bin");
        long pace = 1_000_000_000L / perSecond;
        ByteBuffer page = ByteBuffer.allocate(PAGE);
        List<Double> millis = new ArrayList<>(writes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int p = 0; p < PAGES; p++) {
                channel.write(page.clear(), (long) p * PAGE);
            }
            channel.force(true);
            long first = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                long due = first + i * pace;
                LockSupport.parkNanos(due - System.nanoTime());
                page.clear().putLong(0, i);
                channel.write(page, (long) (i % PAGES) * PAGE);
                channel.force(false);
                millis.add((System.nanoTime() - due) / 1e6);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return new Percentiles(millis);
    }
}
