package dk.kodetrae.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of another JVM, read from outside: its resident set from {@code /proc/<pid>/status} (Linux), its live
 * heap after a full collection ({@code jcmd GC.class_histogram}, which collects first and counts what survives),
 * and the JVM's own account of its native memory by part ({@code jcmd VM.native_memory summary}, when the JVM runs
 * with {@code -XX:NativeMemoryTracking=summary}). What the resident set holds beyond the JVM's account is memory
 * the JVM does not track: SQLite's page cache and other native libraries' mallocs, and the mapped files (Lucene's
 * index, the jars, the class-data archive) that are counted as the file-backed part.
 */
final class ProcessMemory {
    /** {@code -  Java Heap (reserved=1024KB, committed=512KB)}, some with more after the committed figure. */
    private static final Pattern PART = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB[,)]");
    private static final Pattern TOTAL = Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB");
    private static final Pattern THREADS = Pattern.compile("\\(threads? #(\\d+)\\)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    private ProcessMemory() {
    }

    /** Resident set, its peak and its anonymous and file-backed parts, in kB. */
    record Resident(long rssKb, long peakKb, long anonymousKb, long fileKb) {
        String describe() {
            return String.format(Locale.ROOT, "RSS %.1f MB (peak %.1f MB; anonymous %.1f MB, files %.1f MB)",
                    rssKb / 1024.0, peakKb / 1024.0, anonymousKb / 1024.0, fileKb / 1024.0);
        }
    }

    /** The JVM's account of its native memory: committed kB by part, in its order, and its thread count. */
    record Tracked(long committedKb, Map<String, Long> partsKb, int threads) {
        String describe() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "JVM-tracked %.1f MB committed:",
                    committedKb / 1024.0));
            partsKb.entrySet().stream().filter(e -> e.getValue() >= 512)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> b.append(String.format(Locale.ROOT, " %s %.1f", e.getKey(), e.getValue() / 1024.0)));
            return b.append(String.format(Locale.ROOT, " (MB; %d threads)", threads)).toString();
        }
    }

    static Resident resident(long pid) {
        Map<String, Long> kb = new LinkedHashMap<>();
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                String[] parts = line.split(":\\s+");
                if (parts.length == 2 && parts[1].endsWith(" kB")) {
                    kb.put(parts[0], Long.parseLong(parts[1].substring(0, parts[1].length() - 3).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the memory of process " + pid + " (Linux only)", e);
        }
        return new Resident(kb.getOrDefault("VmRSS", 0L), kb.getOrDefault("VmHWM", 0L),
                kb.getOrDefault("RssAnon", 0L), kb.getOrDefault("RssFile", 0L) + kb.getOrDefault("RssShmem", 0L));
    }

    /** Bytes of the objects that survive a full collection (which this forces). */
    static long liveHeapBytes(long pid) {
        for (String line : jcmd(pid, "GC.class_histogram")) {
            Matcher m = HISTOGRAM_TOTAL.matcher(line.strip());
            if (m.matches()) {
                return Long.parseLong(m.group(2));
            }
        }
        throw new IllegalStateException("jcmd GC.class_histogram of process " + pid + " printed no total");
    }

    /** The JVM's native memory account; it must run with {@code -XX:NativeMemoryTracking=summary}. */
    static Tracked tracked(long pid) {
        long total = 0;
        Map<String, Long> parts = new LinkedHashMap<>();
        int threads = 0;
        for (String line : jcmd(pid, "VM.native_memory", "summary", "scale=KB")) {
            Matcher t = TOTAL.matcher(line.strip());
            Matcher p = PART.matcher(line.strip());
            Matcher n = THREADS.matcher(line);
            if (t.find()) {
                total = Long.parseLong(t.group(2));
            } else if (p.find()) {
                parts.put(p.group(1).strip(), Long.parseLong(p.group(3)));
            } else if (n.find() && threads == 0) {
                threads = Integer.parseInt(n.group(1));
            }
        }
        if (total == 0) {
            throw new IllegalStateException("process " + pid + " keeps no native memory account"
                    + " (start it with -XX:NativeMemoryTracking=summary)");
        }
        return new Tracked(total, parts, threads);
    }

    /** The JVM option that makes {@link #tracked} work. */
    static final String TRACKING = "-XX:NativeMemoryTracking=summary";

    private static List<String> jcmd(long pid, String... command) {
        Path java = Path.of(ServerProcess.java());
        List<String> line = new ArrayList<>(List.of(java.resolveSibling("jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out.strip());
            }
            return out.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run jcmd beside " + java + " (a JDK is needed, not a JRE)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for jcmd", e);
        }
    }
}
