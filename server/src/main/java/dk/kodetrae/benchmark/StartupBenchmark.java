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
import java.util.function.ToDoubleFunction;

/**
 * Time from starting {@code java -jar kodetrae.jar serve} on the demo project to its first HTTP 200 (the page) and
 * to its first API answer ({@code /api/v1/project}): started plainly; with an application class-data-sharing
 * archive; with the archive and {@code server-jvm.options}, as the demo starts; and (on Java 25 and newer) with an
 * ahead-of-time cache and those options. A first, unmeasured start of each kind warms the file cache and writes
 * the archive or the cache; then the kinds take turns, so a host that slows down or speeds up meanwhile affects
 * them alike.
 */
final class StartupBenchmark {
    private static final int RUNS = 7;

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
        List<Variant> variants = variants(work);
        for (Variant v : variants) {
            startOnce(dir, v.training());
        }
        List<List<Start>> starts = new ArrayList<>();
        variants.forEach(v -> starts.add(new ArrayList<>()));
        for (int i = 0; i < RUNS; i++) {
            for (int v = 0; v < variants.size(); v++) {
                starts.get(v).add(startOnce(dir, variants.get(v).flags()));
            }
        }
        List<String> results = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            Percentiles page = measure(starts.get(v), Start::pageMs);
            Percentiles api = measure(starts.get(v), Start::apiMs);
            results.add(String.format(Locale.ROOT,
                    "%s: page p50 %.0f ms (max %.0f), API p50 %.0f ms (max %.0f), CPU by then p50 %.0f ms",
                    variants.get(v).name(), page.at(50), page.at(100), api.at(50), api.at(100),
                    measure(starts.get(v), Start::cpuMs).at(50)));
        }
        out.printf(Locale.ROOT, "start to first HTTP 200, %d starts each, the kinds taking turns (target <= 1000 ms):"
                + " %s%n", RUNS, String.join("; ", results));
    }

    private static Percentiles measure(List<Start> starts, ToDoubleFunction<Start> figure) {
        return new Percentiles(starts.stream().map(figure::applyAsDouble).toList());
    }

    /** One start: milliseconds to the page's first 200 and to the API's, and the server's CPU milliseconds by then. */
    private record Start(double pageMs, double apiMs, double cpuMs) {
    }

    private static List<Variant> variants(Path work) throws java.io.IOException {
        Path archive = work.resolve("kodetrae.jsa");
        Path demoArchive = work.resolve("kodetrae-demo.jsa");
        Path cache = work.resolve("kodetrae.aot");
        for (Path written : List.of(archive, demoArchive, cache)) {
            java.nio.file.Files.deleteIfExists(written);
        }
        List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive");
        List<String> demo = with(List.of("-XX:SharedArchiveFile=" + demoArchive, "-XX:+AutoCreateSharedArchive"),
                ServerProcess.SERVER_OPTIONS);
        List<Variant> out = new ArrayList<>(List.of(new Variant("plain", List.of(), List.of()),
                new Variant("CDS archive", cds, cds),
                new Variant("CDS archive and server-jvm.options (the demo)", demo, demo)));
        if (Runtime.version().feature() >= 25) {
            out.add(new Variant("AOT cache and server-jvm.options",
                    with(List.of("-XX:AOTCacheOutput=" + cache), ServerProcess.SERVER_OPTIONS),
                    with(List.of("-XX:AOTCache=" + cache), ServerProcess.SERVER_OPTIONS)));
        }
        return out;
    }

    private static List<String> with(List<String> flags, List<String> more) {
        List<String> all = new ArrayList<>(flags);
        all.addAll(more);
        return all;
    }

    /**
     * Milliseconds from process start to the first 200 of the page and of {@code /api/v1/project}, and the CPU
     * milliseconds the server had used by then (steadier than the wall clock on a busy host).
     */
    private static Start startOnce(Path dir, List<String> flags) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long t0 = System.nanoTime();
        try (ServerProcess server = ServerProcess.launch(dir, flags)) {
            double page = untilOk(client, server.uri(), t0);
            double api = untilOk(client, server.uri().resolve("api/v1/project"), t0);
            return new Start(page, api, server.cpuMillis());
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
