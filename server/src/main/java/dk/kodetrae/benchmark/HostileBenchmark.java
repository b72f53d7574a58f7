package dk.kodetrae.benchmark;

import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile cases of issue 25 against {@code kodetrae serve} on the demo project in a child JVM: for each, the
 * answer it gets now, the time it took and the server's resident memory before and after and at its peak
 * ({@code /proc/<pid>/status}); then the coding write latency with and without eight clients running fuzzy searches
 * meanwhile, with each write's body in the same packet as its head and in a packet of its own (api/SlowBodies
 * decides by what has arrived when a request is dispatched), counting the writes answered 503.
 */
final class HostileBenchmark {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int WRITERS = 20;
    private static final int PER_WRITER = 200;
    private static final int PACED_PER_SECOND = 20;
    private static final int SEARCHERS = 8;
    /** The header the page sends with every change; without it a change is refused as cross-site (api/RequestGuard). */
    private static final String PAGE_PROOF = "X-Kodetrae";

    private HostileBenchmark() {
    }

    /** One hostile request or file, sent as {@code send} says. */
    private record Case(String name, Sender send) {
    }

    /** Sends one case and returns the status and a short account of the answer. */
    @FunctionalInterface
    private interface Sender {
        String send(URI api) throws Exception;
    }

    static void run(Path work, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("hostile");
        Files.deleteTree(dir);
        List<long[]> targets;
        long code;
        String codeKey;
        try (Project p = Project.open(dir)) {
            DemoProject.ensure(p);
            targets = CodingBenchmark.targets(p);
            code = p.codebooks().codes(DemoProject.STUDY_CODEBOOK).getFirst().id();
            codeKey = p.codebooks().codes(DemoProject.STUDY_CODEBOOK).getFirst().key();
        }
        try (ServerProcess server = ServerProcess.start(dir, ServerProcess.SERVER_OPTIONS)) {
            URI api = server.uri().resolve("api/v1/");
            out.printf(Locale.ROOT, "hostile cases against a server in its own JVM (demo project, %s):%n",
                    String.join(" ", ServerProcess.SERVER_OPTIONS));
            for (Case c : cases(codeKey)) {
                ServerProcess.Memory before = server.memory();
                long started = System.nanoTime();
                String answer = c.send().send(api);
                double ms = (System.nanoTime() - started) / 1e6;
                ServerProcess.Memory after = server.memory();
                out.printf(Locale.ROOT, "  %s: %s; %.0f ms; RSS %.0f -> %.0f MB (peak %.0f MB)%n", c.name(), answer, ms,
                        before.residentMb(), after.residentMb(), after.peakMb());
                out.flush();
            }
            codingUnderFuzzySearches(server, api, targets, code, seed, out);
        }
    }

    private static List<Case> cases(String codeKey) {
        return List.of(
                new Case("GET /search offset=500000000 limit=1000", api -> status(get(api,
                        "search?q=x&offset=500000000&limit=1000"))),
                new Case("GET /search with 1,000 OR terms", api -> status(get(api, "search?q=" + encode(
                        IntStream.range(0, 1000).mapToObj(i -> "o" + i).collect(Collectors.joining(" OR ")))))),
                new Case("GET /search limit=abc", api -> status(get(api, "search?q=x&limit=abc"))),
                new Case("POST /codings with duplicate keys", api -> status(post(api, "codings",
                        "{\"documentId\":1,\"documentId\":2,\"codeId\":1,\"start\":0,\"end\":4,\"coder\":\"x\"}"))),
                new Case("POST /codings with a 5,000,000-digit number", api -> status(post(api, "codings",
                        "{\"documentId\":" + "1".repeat(5_000_000) + ",\"codeId\":1,\"start\":0,\"end\":4}"))),
                new Case("GET /retrieve with 160 fuzzy words", api -> status(get(api, "retrieve?codes=code:"
                        + codeKey + "&q=" + encode(fuzzy(1))))),
                new Case("16 concurrent searches of 160 fuzzy words, GET /project meanwhile",
                        HostileBenchmark::sixteenFuzzySearches),
                new Case("8 connections trickling a body, GET /project meanwhile",
                        HostileBenchmark::eightTricklers),
                new Case("upload: .docx with a 27 MB text part", api -> status(upload(api, "kaempe.docx",
                        bigDocx(), null, null))),
                new Case("upload: transcript of 2.4 M characters", api -> status(upload(api, "lang.txt",
                        interview(6_000, 60).getBytes(StandardCharsets.UTF_8), null, null))),
                new Case("upload: Windows-1252 manifest", api -> status(upload(api, "aarhus.txt",
                        "I: Hvor bor du?\n\nR: I Århus.\n".getBytes(StandardCharsets.UTF_8), "m.csv",
                        "document,by\naarhus,\u00C5rhus\n".getBytes(Charset.forName("windows-1252"))))),
                new Case("upload: UTF-16 without a byte-order mark", api -> status(upload(api, "utf16.txt",
                        "I: How was it?\n\nR: Fine.\n".getBytes(StandardCharsets.UTF_16LE), null, null))));
    }

    /** Sixteen expensive searches at once; how long GET /project waits meanwhile, and what the searches got. */
    private static String sixteenFuzzySearches(URI api) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> searches = IntStream.range(0, 16)
                .mapToObj(i -> HTTP.sendAsync(HttpRequest.newBuilder(api.resolve("search?q=" + encode(fuzzy(i))))
                        .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        Thread.sleep(300);
        long asked = System.nanoTime();
        int project = get(api, "project").statusCode();
        double projectMs = (System.nanoTime() - asked) / 1e6;
        int[] statuses = new int[600];
        for (CompletableFuture<HttpResponse<String>> s : searches) {
            statuses[s.get().statusCode()]++;
        }
        return String.format(Locale.ROOT, "GET /project %d in %.0f ms; searches: %d answered 200, %d answered 503",
                project, projectMs, statuses[200], statuses[503]);
    }

    private static String eightTricklers(URI api) throws Exception {
        List<Socket> tricklers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket(api.getHost(), api.getPort());
                s.getOutputStream().write(("POST /api/v1/codings HTTP/1.1\r\nHost: " + api.getHost()
                        + "\r\n" + PAGE_PROOF + ": 1\r\nContent-Type: application/json"
                        + "\r\nContent-Length: 100000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                tricklers.add(s);
            }
            Thread.sleep(300);
            long asked = System.nanoTime();
            int project = get(api, "project").statusCode();
            return String.format(Locale.ROOT, "GET /project %d in %.0f ms", project,
                    (System.nanoTime() - asked) / 1e6);
        } finally {
            for (Socket s : tricklers) {
                s.close();
            }
        }
    }

    /**
     * Coding writes paced as in the coding benchmark, alone and while {@link #SEARCHERS} clients run fuzzy searches
     * back to back; each with the body in the head's packet and in a packet of its own.
     */
    private static void codingUnderFuzzySearches(ServerProcess server, URI api, List<long[]> targets, long code,
                                                 long seed, PrintWriter out) throws Exception {
        long pace = 1_000_000_000L / PACED_PER_SECOND;
        LoadGenerator together = new LoadGenerator(server.uri(), "/api/v1/codings", false);
        LoadGenerator split = new LoadGenerator(server.uri(), "/api/v1/codings", true);
        WarmUp.untilSettled(r -> writes(together, 0, seed + 100 + r, targets, code), m -> m.millis().size()
                / m.seconds());
        for (int round = 0; round < 2; round++) {
            for (LoadGenerator load : List.of(together, split)) {
                String packets = load == together ? "body with head" : "body in its own packet";
                report(out, "quiet, " + packets, writes(load, pace, seed + round, targets, code));
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger searched = new AtomicInteger();
                AtomicInteger busy = new AtomicInteger();
                List<Thread> searchers = IntStream.range(0, SEARCHERS).mapToObj(i -> Thread.ofPlatform().start(() ->
                        searchUntilStopped(api, i, running, searched, busy))).toList();
                LoadGenerator.Run loaded = writes(load, pace, seed + 10 + round, targets, code);
                running.set(false);
                for (Thread t : searchers) {
                    t.join();
                }
                report(out, SEARCHERS + " clients searching '~2' (" + searched.get() + " searches, " + busy.get()
                        + " answered 503), " + packets, loaded);
            }
        }
    }

    private static LoadGenerator.Run writes(LoadGenerator load, long pace, long seed, List<long[]> targets, long code)
            throws IOException {
        SplittableRandom[] random = new SplittableRandom[WRITERS];
        for (int w = 0; w < WRITERS; w++) {
            random[w] = new SplittableRandom(seed * 31 + w);
        }
        return load.run(WRITERS, PER_WRITER, pace, w -> {
            long[] t = targets.get(random[w].nextInt(targets.size()));
            return "{\"documentId\":" + t[0] + ",\"codeId\":" + code + ",\"start\":" + t[1] + ",\"end\":" + t[2]
                    + ",\"coder\":\"hostile-" + w + "\"}";
        });
    }

    private static void report(PrintWriter out, String what, LoadGenerator.Run run) {
        Percentiles p = new Percentiles(run.millis());
        out.printf(Locale.ROOT, "  coding writes, %d writers at %d/s each, %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                + " %d of %d answered 503%n", WRITERS, PACED_PER_SECOND, what, p.at(50), p.at(99), p.at(100),
                run.refused(), WRITERS * PER_WRITER);
        out.flush();
    }

    private static void searchUntilStopped(URI api, int client, AtomicBoolean running, AtomicInteger searched,
                                           AtomicInteger busy) {
        for (int i = 0; running.get(); i++) {
            try {
                int status = get(api, "search?q=" + encode(IntStream.range(0, 20)
                        .mapToObj(w -> "samarbejdsaftale" + (client * 100 + w) + "~2")
                        .collect(Collectors.joining(" OR ")))).statusCode();
                searched.incrementAndGet();
                busy.addAndGet(status == 503 ? 1 : 0);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    private static String fuzzy(int seed) {
        return IntStream.range(0, 160).mapToObj(i -> "samarbejdsaftale" + (seed * 1000 + i) + "~2")
                .collect(Collectors.joining(" OR "));
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static String status(HttpResponse<String> r) {
        String body = r.body().replaceAll("\\s+", " ");
        return r.statusCode() + " " + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
    }

    private static HttpResponse<String> get(URI api, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(URI api, String path, String json)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .header(PAGE_PROOF, "1").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> upload(URI api, String name, byte[] content, String manifestName,
                                               byte[] manifest) throws IOException, InterruptedException {
        String boundary = "kodetrae-hostile";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "files", name, content);
        if (manifestName != null) {
            part(body, boundary, "manifest", manifestName, manifest);
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(api.resolve("import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header(PAGE_PROOF, "1")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void part(OutputStream body, String boundary, String field, String name, byte[] content)
            throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Turns of an interview in words drawn with a fixed seed: text that compresses like real text. */
    private static String interview(int turns, int wordsPerTurn) {
        String[] words = {"jeg", "har", "været", "på", "jobcentret", "og", "min", "mentor", "sagde", "at",
            "praktikken", "skulle", "forlænges", "sanktion", "rådgiver", "Åse", "Søren", "ærlig", "ikke"};
        SplittableRandom random = new SplittableRandom(25);
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < turns; t++) {
            text.append(t % 2 == 0 ? "I:" : "R:");
            for (int w = 0; w < wordsPerTurn; w++) {
                text.append(' ').append(words[random.nextInt(words.length)]);
            }
            text.append(".\n\n");
        }
        return text.toString();
    }

    /** A .docx whose text part is 27 MB of paragraphs: just inside the zip-bomb ratio, over the text part limit. */
    private static byte[] bigDocx() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        String[] paragraphs = interview(2_000, 12).split("\n\n");
        while (xml.length() < 27 * 1024 * 1024) {
            for (String line : paragraphs) {
                xml.append("<w:p><w:r><w:t>").append(line).append("</w:t></w:r></w:p>");
            }
        }
        xml.append("</w:body></w:document>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
