package dk.kodetrae.benchmark;

import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Coding write latency: concurrent writers, each a keep-alive connection of one {@link LoadGenerator}, POST codings
 * to {@code kodetrae serve} on the demo project in a child JVM; each answer (201) means the coding is committed to
 * disk. Two loads: paced (each writer on a fixed schedule of {@link #PACED_PER_SECOND} writes a second, latency
 * counted from the scheduled moment so a stall is not hidden by the writers waiting for it) and back to back (the
 * server saturated). Both are measured on a warm server: back-to-back rounds run first until throughput settles,
 * because the JIT compiles Jersey's and Grizzly's request paths for tens of thousands of requests and takes up to
 * a core meanwhile; the first round and the warm-up are reported too. Baseline: the same writes straight to the
 * coding service in this process, without HTTP, back to back and paced (what the store and the disk add, without
 * the server, its JVM or the load generator); and the disk alone ({@link DiskFlushes}), at the paced load's rate
 * right after it, the floor under any durable write.
 */
final class CodingBenchmark {
    /** Twenty writers at this pace send 400 writes a second, far more than twenty people coding by hand. */
    static final int PACED_PER_SECOND = 20;
    private static final long BACK_TO_BACK = 0;

    private CodingBenchmark() {
    }

    static void run(Path work, int writers, int perWriter, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("coding");
        Demo demo = Demo.in(dir);
        List<long[]> targets = demo.targets();
        long code = demo.code();
        long pace = 1_000_000_000L / PACED_PER_SECOND;
        List<Measured> warmUp;
        Measured paced;
        Percentiles disk;
        Measured saturated;
        try (ServerProcess server = ServerProcess.start(dir, ServerProcess.SERVER_OPTIONS)) {
            LoadGenerator load = new LoadGenerator(server.uri(), "/api/v1/codings");
            warmUp = WarmUp.untilSettled(r -> overHttp(load, writers, perWriter, BACK_TO_BACK, seed + 100 + r, targets,
                    code), Measured::perSecond);
            saturated = overHttp(load, writers, perWriter, BACK_TO_BACK, seed, targets, code);
            paced = overHttp(load, writers, perWriter, pace, seed + 2, targets, code);
            disk = DiskFlushes.paced(dir, writers * perWriter, writers * PACED_PER_SECOND);
        }
        Measured direct;
        Measured directPaced;
        try (Project p = Project.open(dir)) {
            WarmUp.untilSettled(r -> inProcess(p, code, writers, perWriter, BACK_TO_BACK, seed + 200 + r, targets),
                    Measured::perSecond);
            direct = inProcess(p, code, writers, perWriter, BACK_TO_BACK, seed + 4, targets);
            directPaced = inProcess(p, code, writers, perWriter, pace, seed + 6, targets);
        }
        String howLong = WarmUp.settled(warmUp, Measured::perSecond) ? " until throughput settled"
                : " (throughput had not settled)";
        out.printf(Locale.ROOT, "coding writes by %d concurrent writers to a server in its own JVM (target p99 <= 20"
                + " ms), warm: paced at %d writes/s each (%.0f writes/s): p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                + " (the disk alone right after, a commit's 36 KB and its fsync at the same pace: p50 %.1f ms, p99 %.1f"
                + " ms, max %.1f ms); back to back (saturated, %.0f writes/s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms."
                + " Warm-up: %d back-to-back rounds of %d writes%s, %s writes/s; the first round after start: p99"
                + " %.1f ms. In-process without HTTP, warm, back to back (%.0f writes/s): p50 %.1f ms, p99 %.1f ms;"
                + " paced as above: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                writers, PACED_PER_SECOND, paced.perSecond, paced.latency.at(50), paced.latency.at(99),
                paced.latency.at(100), disk.at(50), disk.at(99), disk.at(100), saturated.perSecond,
                saturated.latency.at(50), saturated.latency.at(95), saturated.latency.at(99), warmUp.size(),
                writers * perWriter, howLong,
                warmUp.stream().map(m -> String.format(Locale.ROOT, "%.0f", m.perSecond)).toList(),
                warmUp.getFirst().latency.at(99), direct.perSecond, direct.latency.at(50), direct.latency.at(99),
                directPaced.latency.at(50), directPaced.latency.at(99), directPaced.latency.at(100));
    }

    record Measured(Percentiles latency, double perSecond) {
    }

    static Measured overHttp(LoadGenerator load, int writers, int perWriter, long paceNanos, long seed,
                                     List<long[]> targets, long code) throws IOException {
        SplittableRandom[] random = new SplittableRandom[writers];
        for (int w = 0; w < writers; w++) {
            random[w] = new SplittableRandom(seed * 31 + w);
        }
        LoadGenerator.Run run = load.run(writers, perWriter, paceNanos, w -> {
            long[] t = targets.get(random[w].nextInt(targets.size()));
            return "{\"documentId\":" + t[0] + ",\"codeId\":" + code + ",\"start\":" + t[1] + ",\"end\":" + t[2]
                    + ",\"coder\":\"bench-" + w + "\"}";
        });
        if (run.refused() > 0) {
            throw new IOException(run.refused() + " writes were answered 503");
        }
        return new Measured(new Percentiles(run.millis()), run.millis().size() / run.seconds());
    }

    /**
     * The same writes on as many threads, straight to the coding service; paced as over HTTP when {@code paceNanos}
     * is not {@link #BACK_TO_BACK}, latency counted from each write's scheduled moment.
     */
    private static Measured inProcess(Project p, long code, int writers, int perWriter, long paceNanos, long seed,
                                      List<long[]> targets) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            long t0 = System.nanoTime();
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int id = w;
                futures.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed * 31 + id);
                    List<Double> ms = new ArrayList<>(perWriter);
                    long first = System.nanoTime() + id * paceNanos / writers;
                    for (int i = 0; i < perWriter; i++) {
                        long[] t = targets.get(random.nextInt(targets.size()));
                        long due = paceNanos == BACK_TO_BACK ? System.nanoTime() : first + i * paceNanos;
                        LockSupport.parkNanos(due - System.nanoTime());
                        p.codings().add(t[0], code, new Span((int) t[1], (int) t[2]), "bench-" + id);
                        ms.add((System.nanoTime() - due) / 1e6);
                    }
                    return ms;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            return new Measured(new Percentiles(all), all.size() / ((System.nanoTime() - t0) / 1e9));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The demo, new in {@code dir}: sentence spans of it, passages a researcher would code, and the study codebook's
     * first code.
     */
    record Demo(List<long[]> targets, long code) {
        static Demo in(Path dir) throws IOException {
            Files.deleteTree(dir);
            try (Project p = Project.open(dir)) {
                DemoProject.ensure(p);
                return new Demo(CodingBenchmark.targets(p), p.codebooks().codes(DemoProject.STUDY_CODEBOOK).getFirst().id());
            }
        }
    }

    /** Sentence spans of the project's documents. */
    static List<long[]> targets(Project p) {
        List<long[]> out = new ArrayList<>();
        for (Document d : p.corpus().documents()) {
            p.corpus().sentences(d.id()).forEach(s -> out.add(new long[] {d.id(), s.span().start(), s.span().end()}));
        }
        return out;
    }
}
