package dk.kodetrae.benchmark;

import dk.kodetrae.account.Role;
import dk.kodetrae.account.SessionPolicy;
import dk.kodetrae.account.TeamStore;
import dk.kodetrae.benchmark.CodingBenchmark.Measured;
import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.TeamWorkspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What accounts cost. Login latency: Argon2id at the parameters in use, in this process and as {@code POST
 * /api/v1/session} to a team server in its own JVM. Coding writes as an authenticated user: the coding benchmark's
 * paced load (20 writers) against a team server (session cookie, project header, authorisation, the session
 * looked up on every request) and a personal server of the same demo project, both in their own JVMs, run by
 * turns so that both meet the same machine; each pair's p99 ratio is reported.
 */
final class AccessBenchmark {
    private static final String NAME = "maaler";
    private static final char[] PASSWORD = "benchmark-adgangskode-2026".toCharArray();
    private static final String PROJECT = "bench";
    private static final int LOGINS = 20;
    private static final int PAIRS = 5;

    private AccessBenchmark() {
    }

    static void run(Path work, int writers, int perWriter, long seed, PrintWriter out) throws Exception {
        Path root = work.resolve("access-team");
        Path personal = work.resolve("access-personal");
        Files.deleteTree(root);
        Files.deleteTree(personal);
        Percentiles argon2;
        Target team;
        Target alone;
        try (TeamStore store = TeamStore.open(root, Clock.systemUTC(), SessionPolicy.DEFAULT);
             TeamWorkspace workspace = new TeamWorkspace(store.store(), store.projects())) {
            store.accounts().add(NAME, Role.ADMIN, PASSWORD.clone());
            workspace.projects().add(PROJECT, "Benchmark");
            argon2 = logins(() -> store.accounts().authenticate(NAME, PASSWORD.clone(), "127.0.0.1"));
        }
        try (Project p = Project.open(root.resolve("projects").resolve(PROJECT)); Project q = Project.open(personal)) {
            DemoProject.ensure(p);
            DemoProject.ensure(q);
            team = new Target(CodingBenchmark.targets(p), p.codebooks().codes(DemoProject.STUDY_CODEBOOK).getFirst().id());
            alone = new Target(CodingBenchmark.targets(q), q.codebooks().codes(DemoProject.STUDY_CODEBOOK).getFirst().id());
            if (team.spans().size() != alone.spans().size()) {
                throw new IllegalStateException("the two demo projects differ; the comparison would be unfair");
            }
        }
        long pace = 1_000_000_000L / CodingBenchmark.PACED_PER_SECOND;
        try (ServerProcess teamServer = ServerProcess.start(List.of("--team", "--root", root.toString()),
                ServerProcess.SERVER_OPTIONS);
             ServerProcess personalServer = ServerProcess.start(personal, ServerProcess.SERVER_OPTIONS)) {
            Percentiles overHttp = logins(() -> login(teamServer.uri()));
            String token = login(teamServer.uri());
            LoadGenerator asUser = new LoadGenerator(teamServer.uri(), "/api/v1/codings", false,
                    "Cookie: kodetrae-session=" + token + "\r\nKodetrae-Project: " + PROJECT + "\r\n");
            LoadGenerator local = new LoadGenerator(personalServer.uri(), "/api/v1/codings");
            WarmUp.untilSettled(r -> team.write(asUser, writers, perWriter, 0, seed + 100 + r), Measured::perSecond);
            WarmUp.untilSettled(r -> alone.write(local, writers, perWriter, 0, seed + 200 + r), Measured::perSecond);
            List<String> pairs = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < PAIRS; i++) {
                boolean teamFirst = i % 2 == 0;
                Measured first = teamFirst ? team.write(asUser, writers, perWriter, pace, seed + 2 * i)
                        : alone.write(local, writers, perWriter, pace, seed + 2 * i);
                Measured second = teamFirst ? alone.write(local, writers, perWriter, pace, seed + 2 * i + 1)
                        : team.write(asUser, writers, perWriter, pace, seed + 2 * i + 1);
                Measured asTeam = teamFirst ? first : second;
                Measured personally = teamFirst ? second : first;
                ratios.add(asTeam.latency().at(99) / personally.latency().at(99));
                pairs.add(String.format(Locale.ROOT, "%.1f/%.1f", asTeam.latency().at(99),
                        personally.latency().at(99)));
            }
            List<Double> sorted = ratios.stream().sorted().toList();
            out.printf(Locale.ROOT, "accounts: Argon2id login check in-process (m=19 MiB, t=2, p=1), %d logins:"
                    + " p50 %.1f ms, p99 %.1f ms; POST /api/v1/session to a team server in its own JVM: p50 %.1f ms,"
                    + " p99 %.1f ms. Coding writes paced at %d writes/s by %d writers, p99 as an authenticated user"
                    + " / on a personal server, %d pairs by turns: %s ms; ratio median %.2f (%.2f–%.2f)%n",
                    LOGINS, argon2.at(50), argon2.at(99), overHttp.at(50), overHttp.at(99),
                    CodingBenchmark.PACED_PER_SECOND, writers, PAIRS, String.join(", ", pairs),
                    sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast());
        }
    }

    /** The passages a project's codings go to, and the code. */
    private record Target(List<long[]> spans, long code) {
        Measured write(LoadGenerator load, int writers, int perWriter, long pace, long seed) throws IOException {
            return CodingBenchmark.overHttp(load, writers, perWriter, pace, seed, spans, code);
        }
    }

    private interface Login {
        Object once() throws Exception;
    }

    private static Percentiles logins(Login login) throws Exception {
        login.once();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            long t0 = System.nanoTime();
            login.once();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return new Percentiles(ms);
    }

    /** Logs in over HTTP and returns the session token from the cookie. */
    private static String login(URI server) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.resolve("api/v1/session"))
                .header("Content-Type", "application/json").header("X-Kodetrae", "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + NAME + "\",\"password\":\""
                        + String.valueOf(PASSWORD) + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = r.headers().firstValue("Set-Cookie")
                .orElseThrow(() -> new IOException("login refused: " + r.statusCode() + " " + r.body()));
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }
}
