package dk.kodetrae.benchmark;

import dk.kodetrae.api.ApiServer;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Coding write latency: concurrent writers each POST codings over HTTP to a real server on the demo project; each
 * answer (201) means the coding is committed to disk. Also the same writes straight to the service, in-process.
 */
final class CodingBenchmark {
    private CodingBenchmark() {
    }

    static void run(Path work, int writers, int perWriter, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("coding");
        Files.deleteTree(dir);
        try (Project p = Project.open(dir)) {
            DemoProject.ensure(p);
            List<long[]> targets = targets(p);
            long code = p.codebooks().codes(DemoProject.STUDY_CODEBOOK).getFirst().id();
            try (ApiServer server = ApiServer.start(p, "127.0.0.1", 0)) {
                URI uri = server.uri().resolve("api/v1/codings");
                timed(writers, perWriter / 5, seed + 1, targets, w -> httpWriter(uri, code, w));
                Percentiles http = new Percentiles(timed(writers, perWriter, seed, targets, w -> httpWriter(uri, code, w)));
                Percentiles direct = new Percentiles(timed(writers, perWriter, seed + 2, targets,
                        w -> (doc, start, end) -> p.codings().add(doc, code, new Span(start, end), "bench-" + w)));
                out.printf(Locale.ROOT, "coding writes, %d concurrent writers x %d: over HTTP p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms (target p99 <= 20 ms); in-process p50 %.1f ms, p99 %.1f ms%n", writers, perWriter,
                        http.at(50), http.at(95), http.at(99), direct.at(50), direct.at(99));
            }
        }
    }

    /** One coding write. */
    @FunctionalInterface
    private interface Writer {
        void write(long document, int start, int end) throws Exception;
    }

    @FunctionalInterface
    private interface WriterFactory {
        Writer of(int writer);
    }

    private static Writer httpWriter(URI uri, long code, int w) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return (doc, start, end) -> {
            String body = "{\"documentId\":" + doc + ",\"codeId\":" + code + ",\"start\":" + start + ",\"end\":" + end
                    + ",\"coder\":\"bench-" + w + "\"}";
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IOException("coding write answered " + r.statusCode() + ": " + r.body());
            }
        };
    }

    private static List<Double> timed(int writers, int perWriter, long seed, List<long[]> targets,
                                      WriterFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int id = w;
                futures.add(pool.submit(() -> {
                    Writer writer = factory.of(id);
                    SplittableRandom random = new SplittableRandom(seed * 31 + id);
                    List<Double> ms = new ArrayList<>();
                    for (int i = 0; i < perWriter; i++) {
                        long[] t = targets.get(random.nextInt(targets.size()));
                        long t0 = System.nanoTime();
                        writer.write(t[0], (int) t[1], (int) t[2]);
                        ms.add((System.nanoTime() - t0) / 1e6);
                    }
                    return ms;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            return Collections.unmodifiableList(all);
        } finally {
            pool.shutdownNow();
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
