package dk.kodetrae.benchmark;

import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time from starting {@code java -jar kodetrae.jar serve} on the demo project to its first HTTP 200, without and
 * with an application class-data-sharing archive (created by the first run that asks for it).
 */
final class StartupBenchmark {
    private static final int RUNS = 5;

    private StartupBenchmark() {
    }

    static void run(Path work, PrintWriter out) throws Exception {
        Path dir = work.resolve("startup");
        try (Project p = Project.open(dir)) {
            DemoProject.ensure(p);
        }
        Path archive = work.resolve("kodetrae.jsa");
        java.nio.file.Files.deleteIfExists(archive);
        List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive");
        startOnce(dir, cds);
        Percentiles plain = new Percentiles(times(dir, List.of()));
        Percentiles shared = new Percentiles(times(dir, cds));
        out.printf(Locale.ROOT, "start to first HTTP 200 (%d runs): plain p50 %.0f ms, max %.0f ms; with a CDS archive"
                + " p50 %.0f ms, max %.0f ms (target <= 1000 ms)%n", RUNS, plain.at(50), plain.at(100), shared.at(50),
                shared.at(100));
    }

    private static List<Double> times(Path dir, List<String> flags) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            out.add(startOnce(dir, flags));
        }
        return out;
    }

    /** Milliseconds from process start to the first 200 of {@code /api/v1/project}. */
    private static double startOnce(Path dir, List<String> flags) throws Exception {
        long t0 = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(dir, flags)) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            while (client.send(HttpRequest.newBuilder(server.uri().resolve("api/v1/project")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                Thread.onSpinWait();
            }
            return (System.nanoTime() - t0) / 1e6;
        }
    }
}
