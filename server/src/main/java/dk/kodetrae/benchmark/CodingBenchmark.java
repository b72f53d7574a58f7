package dk.kodetrae.benchmark;

import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Coding write latency: concurrent writers, each on its own keep-alive connection, POST codings to
 * {@code kodetrae serve} on the demo project in a child JVM; each answer (201) means the coding is committed to
 * disk. Two loads: paced (each writer on a fixed schedule of {@link #PACED_PER_SECOND} writes a second, latency
 * counted from the scheduled moment so a stall is not hidden by the writers waiting for it) and back to back (the
 * server saturated). A first round warms the server, as one that has been up for a minute would be. Baseline: the
 * same writes straight to the coding service in this process, without HTTP.
 */
final class CodingBenchmark {
    /** Twenty writers at this pace send 400 writes a second, far more than twenty people coding by hand. */
    private static final int PACED_PER_SECOND = 20;
    private static final long BACK_TO_BACK = 0;

    private CodingBenchmark() {
    }

    static void run(Path work, int writers, int perWriter, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("coding");
        Files.deleteTree(dir);
        List<long[]> targets;
        long code;
        try (Project p = Project.open(dir)) {
            DemoProject.ensure(p);
            targets = targets(p);
            code = p.codebooks().codes(DemoProject.STUDY_CODEBOOK).getFirst().id();
        }
        long pace = 1_000_000_000L / PACED_PER_SECOND;
        Measured cold;
        Measured paced;
        Measured saturated;
        try (ServerProcess server = ServerProcess.start(dir, List.of())) {
            cold = timed(writers, perWriter, BACK_TO_BACK, seed + 1, targets, w -> httpWriter(server, code, w));
            saturated = timed(writers, perWriter, BACK_TO_BACK, seed, targets, w -> httpWriter(server, code, w));
            paced = timed(writers, perWriter / 2, pace, seed + 2, targets, w -> httpWriter(server, code, w));
        }
        Measured direct;
        try (Project p = Project.open(dir)) {
            timed(writers, perWriter, BACK_TO_BACK, seed + 3, targets, w -> directWriter(p, code, w));
            direct = timed(writers, perWriter, BACK_TO_BACK, seed + 4, targets, w -> directWriter(p, code, w));
        }
        out.printf(Locale.ROOT, "coding writes by %d concurrent writers to a server in its own JVM (target p99 <= 20"
                + " ms): paced at %d writes/s each (%.0f writes/s): p50 %.1f ms, p99 %.1f ms, max %.1f ms; back to back"
                + " (saturated, %.0f writes/s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; first round after start p99"
                + " %.1f ms; in-process without HTTP, back to back (%.0f writes/s): p50 %.1f ms, p99 %.1f ms%n",
                writers, PACED_PER_SECOND, paced.perSecond, paced.latency.at(50), paced.latency.at(99),
                paced.latency.at(100), saturated.perSecond, saturated.latency.at(50), saturated.latency.at(95),
                saturated.latency.at(99), cold.latency.at(99), direct.perSecond, direct.latency.at(50),
                direct.latency.at(99));
    }

    /** One coding write. */
    @FunctionalInterface
    private interface Writer extends AutoCloseable {
        void write(long document, int start, int end) throws Exception;

        @Override
        default void close() throws IOException {
        }
    }

    @FunctionalInterface
    private interface WriterFactory {
        Writer of(int writer) throws IOException;
    }

    private record Measured(Percentiles latency, double perSecond) {
    }

    private static Writer httpWriter(ServerProcess server, long code, int w) throws IOException {
        KeepAliveClient client = new KeepAliveClient(server.uri());
        return new Writer() {
            @Override
            public void write(long doc, int start, int end) throws IOException {
                KeepAliveClient.Answer a = client.post("/api/v1/codings", "{\"documentId\":" + doc + ",\"codeId\":"
                        + code + ",\"start\":" + start + ",\"end\":" + end + ",\"coder\":\"bench-" + w + "\"}");
                if (a.status() != 201) {
                    throw new IOException("coding write answered " + a.status() + ": " + a.body());
                }
            }

            @Override
            public void close() throws IOException {
                client.close();
            }
        };
    }

    private static Writer directWriter(Project p, long code, int w) {
        return (doc, start, end) -> p.codings().add(doc, code, new Span(start, end), "bench-" + w);
    }

    /** Runs {@code perWriter} writes on each writer, one every {@code paceNanos} (0: back to back). */
    private static Measured timed(int writers, int perWriter, long paceNanos, long seed, List<long[]> targets,
                                  WriterFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int w = 0; w < writers; w++) {
                int id = w;
                long first = t0 + paceNanos * id / writers;
                futures.add(pool.submit(() -> writes(factory.of(id), perWriter, first, paceNanos,
                        new SplittableRandom(seed * 31 + id), targets)));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Measured(new Percentiles(Collections.unmodifiableList(all)), all.size() / seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One writer's writes. Paced, each write's latency runs from its scheduled moment: a write sent late because
     * the one before it was slow counts that wait too.
     */
    private static List<Double> writes(Writer writer, int count, long first, long paceNanos, SplittableRandom random,
                                       List<long[]> targets) throws Exception {
        try (writer) {
            List<Double> ms = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long[] t = targets.get(random.nextInt(targets.size()));
                long scheduled = paceNanos == BACK_TO_BACK ? System.nanoTime() : first + i * paceNanos;
                java.util.concurrent.locks.LockSupport.parkNanos(scheduled - System.nanoTime());
                writer.write(t[0], (int) t[1], (int) t[2]);
                ms.add((System.nanoTime() - scheduled) / 1e6);
            }
            return ms;
        }
    }

    /** Sentence spans of the demo: passages a researcher would code. */
    private static List<long[]> targets(Project p) {
        List<long[]> out = new ArrayList<>();
        for (Document d : p.corpus().documents()) {
            p.corpus().sentences(d.id()).forEach(s -> out.add(new long[] {d.id(), s.span().start(), s.span().end()}));
        }
        return out;
    }
}
