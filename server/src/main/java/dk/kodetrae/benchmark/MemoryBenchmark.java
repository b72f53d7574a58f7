package dk.kodetrae.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Memory of a server after a researcher's session: {@code kodetrae serve} on the demo, in a child JVM started as
 * the demo starts (the serving options and a class-data archive, which a first, shorter session writes), gets {@value UploadBenchmark#PER_ROUND} transcripts uploaded one request each, {@value #CODINGS}
 * codings, searches and an export in every format; then its resident set, its live heap after a full collection and
 * the JVM's account of its native memory by part ({@link ProcessMemory}). Then {@value #PROJECTS} copies of that
 * project are opened in one JVM ({@link ProjectsHost}), each searched and coded, as a team server holding them
 * would, and measured the same way.
 */
final class MemoryBenchmark {
    static final int CODINGS = 2_000;
    static final int PROJECTS = 10;
    private static final List<String> QUERIES = List.of("ressourceforløb", "tillid", "\"ikke lyst\"", "sagsbehandler*",
            "møde AND kommune", "arbejde~", "=stol", "borger NOT leder", "ressourceteam", "hjælp");
    private static final List<String> FORMATS = List.of("docx", "xlsx", "csv", "html", "markdown");

    private MemoryBenchmark() {
    }

    static void run(Path work, Path serverJar, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("memory");
        CodingBenchmark.Demo demo = CodingBenchmark.Demo.in(dir);
        List<long[]> targets = demo.targets();
        long code = demo.code();
        Path archive = work.resolve("memory.jsa");
        java.nio.file.Files.deleteIfExists(archive);
        List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive,
                "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        options.addAll(ServerProcess.serverOptions(serverJar));
        try (ServerProcess server = ServerProcess.start(dir, serverJar, options)) {
            session(server, targets, code, seed, new Session(UploadBenchmark.PER_ROUND, 1, CODINGS / 10, 1));
        }
        options.add(ProcessMemory.TRACKING);
        String one;
        try (ServerProcess server = ServerProcess.start(dir, serverJar, options)) {
            new ApiClient(server.uri()).get("/api/v1/project");
            ProcessMemory.Resident started = ProcessMemory.resident(server.pid());
            session(server, targets, code, seed, new Session(0, UploadBenchmark.PER_ROUND, CODINGS, 5));
            one = describe("one project (the demo and " + UploadBenchmark.PER_ROUND + " uploads, " + CODINGS
                    + " codings, " + QUERIES.size() * 10 + " searches, " + FORMATS.size() + " exports), started at "
                    + started.describe() + "; after the workload", server.pid());
        }
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            Path copy = work.resolve("memory-" + i);
            Files.deleteTree(copy);
            copyTree(dir, copy);
            copies.add(copy);
        }
        String many;
        try (ProjectsHost.Child host = ProjectsHost.start(serverJar, options, copies)) {
            many = describe(PROJECTS + " such projects open in one JVM, each searched and coded", host.pid());
        }
        out.printf(Locale.ROOT, "memory (target: one project <= 150 MB RSS, %d projects <= 400 MB), server %s with"
                + " %s: %s. %s%n", PROJECTS, serverJar.getFileName(), String.join(" ", options), one, many);
    }

    /** What a session does: transcripts from {@code firstUpload} on, codings, rounds of the queries. */
    private record Session(int firstUpload, int uploads, int codings, int searchRounds) {
    }

    /**
     * A researcher's session: transcripts uploaded one request each, codings, each query with and without a
     * filter, and an export in every format.
     */
    private static void session(ServerProcess server, List<long[]> targets, long code, long seed, Session session)
            throws IOException {
        ApiClient api = new ApiClient(server.uri());
        UploadBenchmark.upload(api, new SyntheticCorpus(), seed, session.firstUpload(),
                session.firstUpload() + session.uploads());
        code(server, targets, code, seed, session.codings());
        for (int round = 0; round < session.searchRounds(); round++) {
            for (String q : QUERIES) {
                api.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                api.get("/api/v1/search?where=kommune:A&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
        }
        for (String format : FORMATS) {
            api.get("/api/v1/export?codings=all&format=" + format);
        }
    }

    private static String describe(String what, long pid) {
        ProcessMemory.Resident before = ProcessMemory.resident(pid);
        long live = ProcessMemory.liveHeapBytes(pid);
        ProcessMemory.Resident after = ProcessMemory.resident(pid);
        ProcessMemory.Tracked tracked = ProcessMemory.tracked(pid);
        return String.format(Locale.ROOT, "%s: %s; live heap after a full collection %.1f MB, then %s; %s; untracked"
                + " by the JVM (native libraries such as SQLite, mapped files) %.1f MB", what, before.describe(),
                live / 1048576.0, after.describe(), tracked.describe(),
                (after.rssKb() - Math.min(after.rssKb(), tracked.committedKb())) / 1024.0);
    }

    private static void code(ServerProcess server, List<long[]> targets, long code, long seed, int codings)
            throws IOException {
        int connections = 4;
        SplittableRandom[] random = new SplittableRandom[connections];
        for (int w = 0; w < connections; w++) {
            random[w] = new SplittableRandom(seed * 31 + w);
        }
        new LoadGenerator(server.uri(), "/api/v1/codings").run(connections, codings / connections, 0, w -> {
            long[] t = targets.get(random[w].nextInt(targets.size()));
            return "{\"documentId\":" + t[0] + ",\"codeId\":" + code + ",\"start\":" + t[1] + ",\"end\":" + t[2]
                    + ",\"coder\":\"bench-" + w + "\"}";
        });
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = java.nio.file.Files.walk(from)) {
            for (Path p : paths.toList()) {
                java.nio.file.Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
