package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.CodeEdit;
import dk.kodetrae.codebook.Rule;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchIndex;
import dk.kodetrae.search.SearchRequest;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests an attacker or a careless script could send: each is answered 400 with a message naming what is wrong,
 * quickly and without exhausting the server, and changes nothing (issue 25).
 */
class HostileRequestsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path dir;
    static Project project;
    static ApiServer server;
    static URI api;

    @BeforeAll
    static void start() {
        project = CodedFixture.open(dir);
        server = ApiServer.start(project, "127.0.0.1", 0);
        api = server.uri().resolve("api/v1/");
    }

    @AfterAll
    static void stop() {
        server.close();
        project.close();
    }

    private record Answer(int status, String detail, HttpResponse<String> raw) {
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String detail = "";
        if (!r.body().isEmpty()) {
            JsonNode json = JSON.readTree(r.body());
            detail = json.path("detail").asText("");
        }
        assertFalse(r.body().contains("\tat ") || r.body().contains(".java:"), "no stack trace in " + r.body());
        return new Answer(r.statusCode(), detail, r);
    }

    private static Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)));
    }

    private static Answer post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .header("X-Kodetrae", "1").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void assertRefused(Answer a, String expectedInDetail) {
        assertEquals(400, a.status(), a.raw().body());
        assertTrue(a.detail().toLowerCase(java.util.Locale.ROOT).contains(expectedInDetail), "'" + expectedInDetail + "' in: " + a.detail());
    }

    private static String codingWith(String start) {
        long doc = CodedFixture.document(project, "mentor").id();
        long code = CodedFixture.code(project, "mentor").id();
        return "{\"documentId\":" + doc + ",\"codeId\":" + code + ",\"start\":" + start
                + ",\"end\":8,\"coder\":\"hostile\"}";
    }

    private static int codings() throws IOException, InterruptedException {
        return JSON.readTree(get("documents/mentor/codings").raw().body()).size();
    }

    private static int allCodings() {
        return project.corpus().documents().stream().mapToInt(d -> project.codings().forDocument(d.id()).size()).sum();
    }

    @Test
    void aDeepSearchPage_isRefusedInsteadOfAllocatingIt() throws Exception {
        long before = System.nanoTime();
        assertRefused(get("search?q=x&offset=500000000&limit=1000"), "offset");
        assertTrue(System.nanoTime() - before < 2_000_000_000L, "answered at once, not after filling the heap");
        assertRefused(get("search?q=x&offset=2147483000&limit=1000"), "offset");
        assertEquals(200, get("search?q=sanktion&offset=" + SearchRequest.MAX_OFFSET + "&limit=10").status());
    }

    @Test
    void pagingParameters_thatAreNotNumbersOrOutOfRange_areBadRequestsNamingTheParameter() throws Exception {
        assertRefused(get("search?q=x&limit=abc"), "limit");
        assertRefused(get("search?q=x&offset=99999999999"), "offset");
        assertRefused(get("codes/1/passages?limit=1.5"), "limit");
        assertRefused(get("retrieve?codes=code:mentor&offset=-1"), "offset");
    }

    @Test
    void aQueryOfAThousandAlternatives_isRefusedWithAMessage() throws Exception {
        String many = IntStream.range(0, 1000).mapToObj(i -> "o" + i).collect(Collectors.joining(" OR "));
        assertRefused(get("search?q=" + URLEncoder.encode(many, StandardCharsets.UTF_8)), "too many");
    }

    @Test
    void duplicateKeys_hugeNumbers_coercedScalars_andTrailingGarbage_areRefused_andChangeNothing() throws Exception {
        int before = codings();
        assertRefused(post("codings", codingWith("0,\"start\":1")), "duplicate");
        assertRefused(post("codings", codingWith("1".repeat(3_000_000))), "number");
        assertRefused(post("codings", codingWith("99999999999")), "start");
        assertRefused(post("codings", codingWith("1.5")), "start");
        assertRefused(post("codings", codingWith("\"1\"")), "start");
        assertRefused(post("codings", codingWith("1") + " {\"and\":\"more\"}"), "trailing");
        assertEquals(before, codings());
    }

    @Test
    void aJsonBodyOverFourMegabytes_isRefused413BeforeItIsParsed() throws Exception {
        String passage = "{\"documentId\":1,\"start\":0,\"end\":4},";
        String huge = "{\"codeId\":1,\"coder\":\"hostile\",\"passages\":["
                + passage.repeat(JsonBodies.MAX_BYTES / passage.length() + 1) + passage.replace(",", "") + "]}";
        Answer a = post("codings/batch", huge);
        assertEquals(413, a.status(), a.raw().body());
        assertTrue(a.detail().contains("at most 4 MB"), a.detail());
    }

    @Test
    void aWriteThatTheStoreCannotTakeUp_isAnswered503InsteadOfHanging_andChangesNothing() throws Exception {
        int before = codings();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        project.store().writeDeadline(Duration.ofMillis(500));
        CompletableFuture<Object> longWrite = CompletableFuture.supplyAsync(() -> project.store().write(c -> {
            holding.countDown();
            return holdUntil(release);
        }));
        try {
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            Answer busy = post("codings", codingWith("1"));
            assertEquals(503, busy.status(), busy.raw().body());
            assertTrue(busy.detail().contains("nothing was saved"), busy.detail());
            assertEquals("5", busy.raw().headers().firstValue("Retry-After").orElse(""));
        } finally {
            release.countDown();
            longWrite.get(10, TimeUnit.SECONDS);
            project.store().writeDeadline(Duration.ofSeconds(30));
        }
        assertEquals(before, codings());
    }

    /** 160 fuzzy words, as in the report: each expands against every term of the index. */
    private static String fuzzyQuery(int seed) {
        return IntStream.range(0, 160).mapToObj(i -> "samarbejdsaftale" + (seed * 1000 + i) + "~2")
                .collect(Collectors.joining(" OR "));
    }

    private static HttpRequest searchFor(String query) {
        return HttpRequest.newBuilder(api.resolve("search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120)).build();
    }

    @Test
    void aSearchOverItsTimeBudget_isStopped_andAnswered503WithAMessage() throws Exception {
        project.index().timeBudget(Duration.ofMillis(1));
        try {
            Answer slow = send(HttpRequest.newBuilder(searchFor(fuzzyQuery(0)).uri()));
            assertEquals(503, slow.status(), slow.raw().body());
            assertTrue(slow.detail().contains("took more than 1 ms and was stopped"), slow.detail());
        } finally {
            project.index().timeBudget(SearchIndex.TIME_BUDGET);
        }
        assertEquals(200, get("search?q=sanktion").status(), "within the budget a search is answered as before");
    }

    @Test
    void cheapRequests_areAnswered_whileSixteenExpensiveSearchesRun() throws Exception {
        // Each search stops after 2 s: a query of 160 fuzzy words takes longer than that even on this small index.
        project.index().timeBudget(Duration.ofSeconds(2));
        try {
            AtomicInteger finished = new AtomicInteger();
            List<CompletableFuture<HttpResponse<Void>>> searches = IntStream.range(0, 16)
                    .mapToObj(i -> HTTP.sendAsync(searchFor(fuzzyQuery(i)), HttpResponse.BodyHandlers.discarding())
                            .whenComplete((r, e) -> finished.incrementAndGet()))
                    .toList();
            Thread.sleep(300);
            long asked = System.nanoTime();
            Answer cheap = get("project");
            long cheapMs = (System.nanoTime() - asked) / 1_000_000;
            int searchesDone = finished.get();
            for (CompletableFuture<HttpResponse<Void>> s : searches) {
                assertTrue(Set.of(200, 503).contains(s.get(300, TimeUnit.SECONDS).statusCode()));
            }
            assertEquals(200, cheap.status());
            // Before, the sixteen searches held all eight HTTP workers, and the project waited for eight of them.
            assertTrue(searchesDone < 8, "GET /project took " + cheapMs + " ms and waited for " + searchesDone
                    + " searches");
        } finally {
            project.index().timeBudget(SearchIndex.TIME_BUDGET);
        }
    }

    @Test
    void retrievalAndRules_overTheTimeBudget_areStopped_andAnswered503_andChangeNothing() throws Exception {
        long samarbejde = CodedFixture.code(project, "samarbejde").id();
        Code team = CodedFixture.code(project, "sanktioner");
        project.codebooks().edit(team.id(), CodeEdit.newRule(new Rule(fuzzyQuery(1), "sentence", "any")), "test");
        int before = allCodings();
        project.index().timeBudget(Duration.ofMillis(1));
        try {
            Answer retrieved = get("retrieve?codes=code:mentor&q=" + URLEncoder.encode(fuzzyQuery(2),
                    StandardCharsets.UTF_8));
            assertEquals(503, retrieved.status(), retrieved.raw().body());
            assertTrue(retrieved.detail().contains("took more than 1 ms and was stopped"), retrieved.detail());
            Answer preview = get("codes/" + team.id() + "/autocode");
            assertEquals(503, preview.status(), preview.raw().body());
            assertTrue(preview.detail().contains("took more than 1 ms and was stopped"), preview.detail());
            Answer applied = post("codes/" + team.id() + "/autocode", "{\"actor\":\"hostile\"}");
            assertEquals(503, applied.status(), applied.raw().body());
            assertEquals("search.timeout", JSON.readTree(applied.raw().body()).path("code").asText());
        } finally {
            project.index().timeBudget(SearchIndex.TIME_BUDGET);
            project.codebooks().edit(team.id(), CodeEdit.newRule(team.rule()), "test");
        }
        assertEquals(before, allCodings(), "the rule over budget coded nothing");
        assertEquals(200, get("retrieve?codes=code:mentor").status(), "within the budget retrieval answers");
        assertEquals(200, get("codes/" + samarbejde + "/autocode").status(), "and a rule is previewed");
    }

    @Test
    void compareAndRetrieval_shareThePoolOfSearches_andAreTurnedAway503WhenItIsFull() throws Exception {
        project.index().timeBudget(Duration.ofSeconds(2));
        try {
            int overfull = Searches.THREADS + Searches.WAITING + 4;
            List<CompletableFuture<HttpResponse<Void>>> searches = IntStream.range(0, overfull)
                    .mapToObj(i -> HTTP.sendAsync(searchFor(fuzzyQuery(10 + i)), HttpResponse.BodyHandlers.discarding()))
                    .toList();
            Thread.sleep(500);
            Answer compare = get("compare?codebook=lille&by=kommune");
            Answer retrieve = get("retrieve?codes=code:mentor");
            Answer cheap = get("project");
            for (CompletableFuture<HttpResponse<Void>> s : searches) {
                s.get(300, TimeUnit.SECONDS);
            }
            assertEquals(503, compare.status(), compare.raw().body());
            assertEquals("search.busy", JSON.readTree(compare.raw().body()).path("code").asText());
            assertEquals(503, retrieve.status(), retrieve.raw().body());
            assertEquals(200, cheap.status(), "a request that runs no query is answered meanwhile");
        } finally {
            project.index().timeBudget(SearchIndex.TIME_BUDGET);
        }
        assertEquals(200, get("compare?codebook=lille&by=kommune").status(), "answered once the searches are done");
    }

    @Test
    void eightConnectionsTricklingABody_doNotKeepOtherRequestsWaiting() throws Exception {
        List<Socket> tricklers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket(api.getHost(), api.getPort());
                s.getOutputStream().write(("POST /api/v1/codings HTTP/1.1\r\nHost: " + api.getHost()
                        + "\r\nX-Kodetrae: 1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                tricklers.add(s);
            }
            Thread.sleep(300);
            long asked = System.nanoTime();
            HttpResponse<String> project = HTTP.send(HttpRequest.newBuilder(api.resolve("project"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, project.statusCode());
            assertTrue(System.nanoTime() - asked < 5_000_000_000L, "answered within 5 s");
            int refused = 0;
            for (Socket s : tricklers) {
                s.setSoTimeout(100);
                try {
                    String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                    refused += status.equals("HTTP/1.1 503") ? 1 : 0;
                } catch (java.net.SocketTimeoutException stillReading) {
                    // One of the few bodies the server waits for.
                }
            }
            assertEquals(8 - SlowBodies.AT_ONCE, refused, "the slow bodies beyond the first few are refused");
        } finally {
            for (Socket s : tricklers) {
                s.close();
            }
        }
    }

    @Test
    void aCsvFieldThatIsAFormulaAfterASemicolon_isQuoted_andSemicolonCsvIsOffered() throws Exception {
        String hostile = "borger;=cmd|' /C calc'!A0";
        long doc = CodedFixture.document(project, "mentor").id();
        long code = CodedFixture.code(project, "mentor").id();
        assertEquals(201, post("codings", "{\"documentId\":" + doc + ",\"codeId\":" + code
                + ",\"start\":0,\"end\":5,\"coder\":\"" + hostile + "\"}").status());
        for (String format : List.of("csv", "csv-semicolon")) {
            HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(api.resolve(
                    "export?codebook=lille&codes=mentor&speaker=all&format=" + format)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, csv.statusCode(), csv.body());
            String header = csv.body().lines().findFirst().orElse("");
            assertTrue(header.contains(format.equals("csv") ? "," : ";") && header.split(format.equals("csv") ? ";"
                    : ",").length == 1, format + ": " + header);
            assertTrue(csv.body().contains("\"" + hostile + "\""), "quoted as one field in " + format + ":\n"
                    + csv.body());
        }
    }

    @Test
    void head_isAnsweredLikeGet_withoutABody() throws Exception {
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(api.resolve("documents"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode(), head.headers().map().toString());
        assertEquals("", head.body());
        assertEquals("application/json", head.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.uri())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElse(""));
        assertEquals("", page.body());
    }

    @Test
    void apiAnswers_areNeverCached() throws Exception {
        for (Answer a : new Answer[] {get("documents"), get("documents/findes-ikke"), get("search?q=x&limit=abc")}) {
            assertEquals("no-store", a.raw().headers().firstValue("Cache-Control").orElse(""), a.raw().uri().toString());
        }
    }

    /** Holds the store's writer, as a long import would, until {@code release}. */
    private static Object holdUntil(CountDownLatch release) {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
