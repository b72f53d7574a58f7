package dk.kodetrae.benchmark;

import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time from starting {@code java -jar kodetrae.jar serve} on the demo project to its first HTTP 200 (the page) and
 * to its first API answer ({@code /api/v1/project}), started plainly, with an application class-data-sharing
 * archive, and (on Java 25 and newer) with an ahead-of-time cache. A first, unmeasured start of each kind warms
 * the file cache and writes the archive or the cache.
 */
final class StartupBenchmark {
    private static final int RUNS = 5;

    private StartupBenchmark() {
    }

    /** A way to start the JVM: the flags of the measured starts and of the training start that prepares them. */
    private record Variant(String name, List<String> training, List<String> flags) {
    }

    static void run(Path work, PrintWriter out) throws Exception {
        Path dir = work.resolve("startup");
        try (Project p = Project.open(dir)) {
            DemoProject.ensure(p);
        }
        List<String> results = new ArrayList<>();
        for (Variant v : variants(work)) {
            startOnce(dir, v.training());
            List<Double> page = new ArrayList<>();
            List<Double> api = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                double[] t = startOnce(dir, v.flags());
                page.add(t[0]);
                api.add(t[1]);
            }
            Percentiles p = new Percentiles(page);
            Percentiles a = new Percentiles(api);
            results.add(String.format(Locale.ROOT, "%s: page p50 %.0f ms (max %.0f), API p50 %.0f ms (max %.0f)",
                    v.name(), p.at(50), p.at(100), a.at(50), a.at(100)));
        }
        out.printf(Locale.ROOT, "start to first HTTP 200, %d starts each (target <= 1000 ms): %s%n", RUNS,
                String.join("; ", results));
    }

    private static List<Variant> variants(Path work) throws java.io.IOException {
        Path archive = work.resolve("kodetrae.jsa");
        Path cache = work.resolve("kodetrae.aot");
        java.nio.file.Files.deleteIfExists(archive);
        java.nio.file.Files.deleteIfExists(cache);
        List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive");
        List<Variant> out = new ArrayList<>(List.of(new Variant("plain", List.of(), List.of()),
                new Variant("CDS archive", cds, cds)));
        if (Runtime.version().feature() >= 25) {
            out.add(new Variant("AOT cache", List.of("-XX:AOTCacheOutput=" + cache),
                    List.of("-XX:AOTCache=" + cache)));
        }
        return out;
    }

    /** Milliseconds from process start to the first 200 of the page and of {@code /api/v1/project}. */
    private static double[] startOnce(Path dir, List<String> flags) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long t0 = System.nanoTime();
        try (ServerProcess server = ServerProcess.launch(dir, flags)) {
            double page = untilOk(client, server.uri(), t0);
            double api = untilOk(client, server.uri().resolve("api/v1/project"), t0);
            return new double[] {page, api};
        }
    }

    /** Asks every 5 ms until the answer is 200; refused connections mean the server is not listening yet. */
    private static double untilOk(HttpClient client, URI uri, long t0) throws Exception {
        while (!ok(client, uri)) {
            Thread.sleep(5);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static boolean ok(HttpClient client, URI uri) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (java.io.IOException notListeningYet) {
            return false;
        }
    }
}
