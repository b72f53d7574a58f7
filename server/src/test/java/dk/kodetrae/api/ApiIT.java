package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.Fixtures;
import dk.kodetrae.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP, against a real project directory. */
class ApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1: the JDK client otherwise asks to upgrade to h2c, which Grizzly leaves unanswered until a timeout.
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

    record Answer(int status, JsonNode json, HttpResponse<String> raw) {
    }

    /** Sends as the page does: with the header that proves a write comes from Kodetræ's own page. */
    static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request.setHeader("X-Kodetrae", "1").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = r.body().isEmpty() ? null : JSON.readTree(r.body());
        assertFalse(r.body().contains("\tat ") || r.body().contains(".java:"), "no stack trace in " + r.body());
        return new Answer(r.statusCode(), json, r);
    }

    static Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)));
    }

    static Answer post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .header("X-Kodetrae", "1").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void documents_listWithAttributesAndCounts() throws Exception {
        Answer a = get("documents");
        assertEquals(200, a.status());
        assertTrue(a.json().size() >= 4, "the four fixture transcripts, and what other tests uploaded");
        JsonNode first = a.json().get(0);
        assertEquals("english", first.get("name").asText());
        assertEquals("C", first.get("attributes").get("kommune").asText());
        assertTrue(first.get("sentences").asInt() > 0);
    }

    @Test
    void document_offsetsSliceTheTextExactly() throws Exception {
        JsonNode doc = get("documents/samarbejde").json();
        String text = doc.get("text").asText();
        JsonNode last = doc.get("sentences").get(5).get("span");
        assertEquals("Nu er der ingen sanktioner mere 😊 Søren og Åse på jobcentret er enige om, at det var en fejl.",
                text.substring(last.get("start").asInt(), last.get("end").asInt()));
        assertEquals("respondent", doc.get("turns").get(1).get("role").asText());
    }

    @Test
    void search_returnsKwicWithCountsAndFilters() throws Exception {
        Answer a = get("search?q=" + q("sanktion") + "&speaker=respondent&where=kommune:A&limit=1");
        assertEquals(200, a.status());
        assertEquals(2, a.json().get("total").asInt());
        assertEquals(1, a.json().get("hits").size());
        assertEquals("samarbejde", a.json().get("hits").get(0).get("documentName").asText());
        assertEquals(2, a.json().get("perAttribute").get("kommune").get("A").asInt());
    }

    @Test
    void errors_areJsonWithFittingStatus() throws Exception {
        Answer notFound = get("documents/findes-ikke");
        assertEquals(404, notFound.status());
        assertEquals("not found", notFound.json().get("error").asText());
        Answer badQuery = get("search?q=" + q("(sanktion"));
        assertEquals(400, badQuery.status());
        assertTrue(badQuery.json().get("detail").asText().startsWith("cannot read the query"));
        Answer malformed = post("codings", "{\"documentId\": 1,");
        assertEquals(400, malformed.status());
        assertTrue(malformed.json().get("detail").asText().startsWith("malformed JSON"), malformed.json().toString());
        Answer unknownPath = get("no/such/thing");
        assertEquals(404, unknownPath.status());
    }

    @Test
    void errors_carryAStableCodeAndTheirParameters_besideTheEnglishText() throws Exception {
        Answer notFound = get("documents/" + q("findes-ikke-æøå"));
        assertEquals("document.notFound", notFound.json().get("code").asText());
        assertEquals("findes-ikke-æøå", notFound.json().get("params").get("document").asText());
        Answer unclosed = get("search?q=" + q("sanktion \"ledig hjælp"));
        assertEquals(400, unclosed.status());
        assertEquals("query.unclosedQuote", unclosed.json().get("code").asText());
        assertEquals(10, unclosed.json().get("params").get("position").asInt());
        assertFalse(unclosed.json().get("detail").asText().contains("Lexical error"), unclosed.json().toString());
        Answer where = get("search?q=ledig&where=" + q("kommune"));
        assertEquals("search.where", where.json().get("code").asText());
        assertEquals("kommune", where.json().get("params").get("got").asText());
        Answer malformed = post("codings", "{\"documentId\": 1,");
        assertEquals("json.malformed", malformed.json().get("code").asText());
    }

    @Test
    void importRefusal_hasACodeAndOneCodedProblemPerEnglishProblem() throws Exception {
        Answer bad = upload("tom.txt", "I:\n".getBytes(StandardCharsets.UTF_8), "manifest.csv",
                "document,alder:number\ntom,gammel\nukendt,40\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, bad.status(), String.valueOf(bad.json()));
        assertEquals("import.refused", bad.json().get("code").asText());
        JsonNode problems = bad.json().get("problems");
        JsonNode coded = bad.json().get("problemCodes");
        assertEquals(problems.size(), coded.size(), bad.json().toString());
        assertEquals(problems.size(), bad.json().get("params").get("problems").asInt());
        java.util.Set<String> codes = new java.util.TreeSet<>();
        coded.forEach(c -> codes.add(c.get("code").asText()));
        assertTrue(codes.containsAll(java.util.List.of("manifest.value", "manifest.unknownDocument")), codes.toString());
        for (JsonNode c : coded) {
            assertEquals("manifest.csv", c.get("params").get("file").asText(), c.toString());
            assertTrue(c.get("params").get("line").asInt() > 1, c.toString());
        }
    }

    @Test
    void everyResponse_carriesTheSecurityHeaders() throws Exception {
        for (Answer a : new Answer[] {get("documents"), get("documents/findes-ikke")}) {
            String csp = a.raw().headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", a.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("no-referrer", a.raw().headers().firstValue("Referrer-Policy").orElse(""));
        }
    }

    @Test
    void thePage_isServedAsUtf8WithTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.uri()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertTrue(page.body().contains("Kodetræ"), "the page's own Danish title, decoded as UTF-8");
    }

    @Test
    void thePage_isServedWhileTheProjectOpens_andApiRequestsWaitForItInsteadOfFailing() throws Exception {
        CompletableFuture<Project> opening = new CompletableFuture<>();
        try (ApiServer starting = ApiServer.start(opening, "127.0.0.1", 0)) {
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(starting.uri()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            CompletableFuture<HttpResponse<String>> early = HTTP.sendAsync(HttpRequest.newBuilder(
                    starting.uri().resolve("api/v1/project")).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertFalse(early.isDone(), "the API request waits while the project is still opening");
            opening.complete(project);
            HttpResponse<String> answer = early.get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"documents\""), answer.body());
        }
    }

    @Test
    void codingCounts_ofEveryCodeInOneRequest_matchEachCodesOwnPassages() throws Exception {
        long doc = CodedFixture.document(project, "mentor").id();
        long mentor = CodedFixture.code(project, "mentor").id();
        assertEquals(201, post("codings", "{\"documentId\":" + doc + ",\"codeId\":" + mentor
                + ",\"start\":0,\"end\":5,\"coder\":\"counts-test\"}").status());
        Answer counts = get("codebooks/lille/counts");
        assertEquals(200, counts.status(), counts.json().toString());
        int codes = project.codebooks().codes("lille").size();
        assertEquals(codes, counts.json().size(), "every code, also those without codings");
        int total = 0;
        for (var code : project.codebooks().codes("lille")) {
            int own = get("codes/" + code.id() + "/passages?sub=false&limit=1&codings=all").json().get("total").asInt();
            assertEquals(own, counts.json().get(Long.toString(code.id())).asInt(), code.key());
            total += own;
        }
        assertTrue(counts.json().get(Long.toString(mentor)).asInt() >= 1);
        assertTrue(total >= 1);
        assertEquals(404, get("codebooks/ingen-saadan/counts").status());
    }

    @Test
    void coding_isCreatedListedUndoneAndRedone() throws Exception {
        long doc = CodedFixture.document(project, "mentor").id();
        long code = CodedFixture.code(project, "mentor").id();
        Answer list = get("documents/mentor/codings");
        assertTrue(list.json().isArray(), list.json().toString());
        int before = list.json().size();
        Answer created = post("codings", "{\"documentId\":" + doc + ",\"codeId\":" + code
                + ",\"start\":40,\"end\":48,\"coder\":\"api-test\"}");
        assertEquals(201, created.status(), created.json().toString());
        assertEquals(before + 1, get("documents/mentor/codings").json().size());
        assertEquals("add", post("codings/undo", "{\"coder\":\"api-test\"}").json().get("action").asText());
        assertEquals(before, get("documents/mentor/codings").json().size());
        assertEquals("add", post("codings/redo", "{\"coder\":\"api-test\"}").json().get("action").asText());
        assertEquals(before + 1, get("documents/mentor/codings").json().size());
        Answer outside = post("codings", "{\"documentId\":" + doc + ",\"codeId\":" + code
                + ",\"start\":40,\"end\":99999,\"coder\":\"api-test\"}");
        assertEquals(400, outside.status());
    }

    private static JsonNode coding(String document, long id) throws Exception {
        for (JsonNode k : get("documents/" + document + "/codings").json()) {
            if (k.get("id").asLong() == id) {
                return k;
            }
        }
        return null;
    }

    private static long firstUnreviewed(String document, long codeId) throws Exception {
        for (JsonNode k : get("documents/" + document + "/codings").json()) {
            if (k.get("codeId").asLong() == codeId && k.get("reviewState").asText().equals("unreviewed")) {
                return k.get("id").asLong();
            }
        }
        throw new AssertionError("no unreviewed auto coding of code " + codeId + " in " + document);
    }

    @Test
    void codings_carryTheirOrigin_andAcceptingKeepsItNamingTheReviewer() throws Exception {
        long code = CodedFixture.code(project, "samarbejde").id();
        post("codes/" + code + "/autocode", "{\"actor\":\"api-auto\"}");
        long id = firstUnreviewed("samarbejde", code);
        JsonNode before = coding("samarbejde", id);
        assertEquals("auto", before.get("origin").asText());
        assertEquals("samarbejde", before.get("rule").asText());
        assertEquals(1, before.get("ruleVersion").asInt());
        assertTrue(before.get("reviewer").isNull());
        Answer accepted = post("codings/review", "{\"decision\":\"accept\",\"codingIds\":[" + id
                + "],\"reviewer\":\"api-review\"}");
        assertEquals(1, accepted.json().get("accepted").asInt(), accepted.json().toString());
        JsonNode after = coding("samarbejde", id);
        assertEquals("auto", after.get("origin").asText(), "accepting does not make it manual");
        assertEquals("samarbejde", after.get("rule").asText());
        assertEquals("api-auto", after.get("coder").asText());
        assertEquals("accepted", after.get("reviewState").asText());
        assertEquals("api-review", after.get("reviewer").asText());
        assertFalse(after.get("reviewedAt").isNull());
        long doc = CodedFixture.document(project, "mentor").id();
        JsonNode manual = post("codings", "{\"documentId\":" + doc + ",\"codeId\":" + code
                + ",\"start\":3,\"end\":9,\"coder\":\"api-review\"}").json();
        assertEquals("manual", manual.get("origin").asText());
        assertEquals("none", manual.get("reviewState").asText());
        assertTrue(manual.get("rule").isNull());
    }

    /**
     * The reported sequence: a coding added in one document, an auto coding accepted in another, then undo. It
     * used to delete the first coding and leave the acceptance.
     */
    @Test
    void undo_afterAnAcceptance_takesBackTheAcceptance_notAnEarlierCodingElsewhere() throws Exception {
        long code = CodedFixture.code(project, "sanktioner").id();
        post("codes/" + code + "/autocode", "{\"actor\":\"api-auto\"}");
        long doc = CodedFixture.document(project, "mentor").id();
        long mentor = CodedFixture.code(project, "mentor").id();
        long added = post("codings", "{\"documentId\":" + doc + ",\"codeId\":" + mentor
                + ",\"start\":10,\"end\":20,\"coder\":\"api-undo\"}").json().get("id").asLong();
        long auto = firstUnreviewed("samarbejde", code);
        post("codings/review", "{\"decision\":\"accept\",\"codingIds\":[" + auto + "],\"reviewer\":\"api-undo\"}");

        JsonNode next = get("codings/history?coder=api-undo").json();
        assertEquals("accept", next.get("undo").get("action").asText(), next.toString());
        assertEquals("accept 'Sanktioner' in samarbejde", next.get("undo").get("text").asText());
        assertEquals("samarbejde", next.get("undo").get("about").get("document").asText());
        assertTrue(next.get("redo").isNull());

        Answer undone = post("codings/undo", "{\"coder\":\"api-undo\"}");
        assertEquals(200, undone.status(), undone.json().toString());
        assertEquals("accept", undone.json().get("action").asText());
        assertEquals("accept 'Sanktioner' in samarbejde", undone.json().get("step").get("text").asText());
        assertEquals("add 'Mentor' in mentor", undone.json().get("undo").get("text").asText(), "what comes next");
        assertEquals("unreviewed", coding("samarbejde", auto).get("reviewState").asText());
        assertTrue(coding("mentor", added) != null, "the coding in the other document stays");

        assertEquals("accept", post("codings/redo", "{\"coder\":\"api-undo\"}").json().get("action").asText());
        assertEquals("accepted", coding("samarbejde", auto).get("reviewState").asText());
        post("codings/undo", "{\"coder\":\"api-undo\"}");
        assertEquals("unreviewed", coding("samarbejde", auto).get("reviewState").asText(), "left as found");
    }

    @Test
    void undo_ofACodingAnotherCoderRemovedSince_isRefusedWith409() throws Exception {
        long doc = CodedFixture.document(project, "mentor").id();
        long mentor = CodedFixture.code(project, "mentor").id();
        long id = post("codings", "{\"documentId\":" + doc + ",\"codeId\":" + mentor
                + ",\"start\":21,\"end\":30,\"coder\":\"api-first\"}").json().get("id").asLong();
        assertEquals(204, send(HttpRequest.newBuilder(api.resolve("codings/" + id + "?coder=api-second")).header("X-Kodetrae", "1").DELETE())
                .status());
        Answer refused = post("codings/undo", "{\"coder\":\"api-first\"}");
        assertEquals(409, refused.status());
        assertTrue(refused.json().get("detail").asText().startsWith("cannot undo 'add 'Mentor' in mentor': coding "
                + id + " was changed since"), refused.json().toString());
        assertTrue(get("codings/history?coder=api-first").json().get("undo").isNull(), "dropped from the history");
    }

    @Test
    void codebook_loadsOnceThenConflicts_andExportsItsFile() throws Exception {
        String file = Files.readString(Path.of("..", "codebooks", "gode-ressourceforloeb.json"));
        assertEquals(201, post("codebooks", file).status());
        Answer again = post("codebooks", file);
        assertEquals(409, again.status());
        JsonNode exported = get("codebooks/gode-ressourceforloeb/export").json();
        assertEquals(JSON.readTree(file).get("codes").size(), exported.get("codes").size());
    }

    @Test
    void autocode_previewsThenApplies_andPassagesFollow() throws Exception {
        long code = CodedFixture.code(project, "sanktioner").id();
        assertEquals(2, get("codes/" + code + "/autocode").json().get("total").asInt());
        JsonNode applied = post("codes/" + code + "/autocode", "{\"actor\":\"api-test\"}").json();
        assertEquals(2, applied.get("added").asInt() + applied.get("kept").asInt());
        JsonNode passages = get("codes/" + code + "/passages?codings=all").json();
        assertEquals(2, passages.get("total").asInt());
        assertEquals("auto", passages.get("passages").get(0).get("origin").asText());
        assertEquals(0, get("codes/" + code + "/passages").json().get("total").asInt(), "nobody reviewed them");
        assertEquals(2, get("retrieve?codings=all&codes=" + q("code:sanktioner")).json().get("total").asInt());
    }

    @Test
    void retrieve_explainsAnUnreadableCodeQuery_byCodeAndPosition() throws Exception {
        Answer missing = get("retrieve?codes=" + q("code:sanktioner AND"));
        assertEquals(400, missing.status());
        assertEquals("codeQuery.codeMissing", missing.json().get("code").asText());
        assertEquals(20, missing.json().get("params").get("position").asInt());
        Answer stray = get("retrieve?codes=" + q("code:sanktioner ? code:x"));
        assertEquals("codeQuery.unexpected", stray.json().get("code").asText());
        assertEquals(17, stray.json().get("params").get("position").asInt());
        assertEquals("?", stray.json().get("params").get("near").asText());
        Answer unknown = get("retrieve?codes=" + q("code:findes-ikke"));
        assertEquals(400, unknown.status());
        assertEquals("codeQuery.unknownCode", unknown.json().get("code").asText());
        assertEquals("findes-ikke", unknown.json().get("params").get("code").asText());
    }

    @Test
    void import_uploadAnswersWithTheReport_andABadFileChangesNothing() throws Exception {
        Answer ok = upload("nyt-interview.txt", "I: Hvordan går det?\n\nR: Det går fint med praktikken nu.\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, ok.status(), String.valueOf(ok.json()));
        assertEquals(1, ok.json().get("documentNames").size());
        int before = get("documents").json().size();
        Answer bad = upload("latin1.txt", Files.readAllBytes(Fixtures.path("bad/latin1.txt")));
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("problems").get(0).asText().contains("latin1.txt line 1: not valid UTF-8"));
        assertEquals(before, get("documents").json().size());
    }

    @Test
    void import_readsAPdf_andRefusesAnMp3SayingWhatItIs_changingNothing() throws Exception {
        byte[] pdf = Fixtures.pdf(java.util.List.of(java.util.List.of("I: Hvordan går det i praktikken?"),
                java.util.List.of("R: Den går godt, jeg er på værkstedet tre dage om ugen.")));
        Answer ok = upload("praktik-udskrift.pdf", pdf);
        assertEquals(200, ok.status(), String.valueOf(ok.json()));
        assertEquals(2, ok.json().get("turns").asInt());
        assertTrue(get("documents/praktik-udskrift").json().get("text").asText().contains("værkstedet tre dage"));

        int before = get("documents").json().size();
        Answer mp3 = upload("interview.mp3", Files.readAllBytes(Fixtures.path("kinds/interview.mp3")));
        assertEquals(400, mp3.status());
        assertEquals("interview.mp3: an audio file (MP3); transcribe it and import the transcript as .txt, .md, "
                + ".docx or .pdf", mp3.json().get("problems").get(0).asText());
        JsonNode coded = mp3.json().get("problemCodes").get(0);
        assertEquals("import.kind.audio", coded.get("code").asText(), coded.toString());
        assertEquals("MP3", coded.get("params").get("format").asText(), coded.toString());
        Answer rtf = upload("notes.rtf", Files.readAllBytes(Fixtures.path("kinds/notes.rtf")));
        assertTrue(rtf.json().get("problems").get(0).asText().startsWith("notes.rtf: an RTF document"),
                rtf.json().toString());
        assertEquals(before, get("documents").json().size());
    }

    @Test
    void attributes_setOneValue_thenApplyAManifest_andSearchFiltersByTheNewValues() throws Exception {
        assertEquals(200, upload("lagerpraktik.txt", "I: Hvordan var praktikken?\n\nR: Praktikken på lageret var god.\n"
                .getBytes(StandardCharsets.UTF_8)).status());
        Answer set = send(HttpRequest.newBuilder(api.resolve("documents/lagerpraktik/attributes/kommune"))
                .header("Content-Type", "application/json")
                .header("X-Kodetrae", "1").PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"Østerby\", \"actor\": \"api-test\"}")));
        assertEquals(200, set.status(), String.valueOf(set.json()));
        assertEquals(1, set.json().get("valuesSet").asInt());
        assertEquals("Østerby", get("documents/lagerpraktik").json().get("attributes").get("kommune").asText());
        assertEquals(1, get("search?q=lageret&where=" + q("kommune:Østerby")).json().get("total").asInt());

        Answer bad = send(HttpRequest.newBuilder(api.resolve("documents/lagerpraktik/attributes/varighed"))
                .header("Content-Type", "application/json")
                .header("X-Kodetrae", "1").PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"en time\"}")));
        assertEquals(400, bad.status());
        assertEquals("attribute change refused, nothing was changed", bad.json().get("detail").asText());
        assertEquals("lagerpraktik: attribute 'varighed' must be a number, got 'en time'",
                bad.json().get("problems").get(0).asText());
        assertEquals(404, send(HttpRequest.newBuilder(api.resolve("documents/findes-ikke/attributes/kommune"))
                .header("Content-Type", "application/json")
                .header("X-Kodetrae", "1").PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"A\"}"))).status());

        Answer applied = multipart("documents/attributes?actor=api-test", "manifest", "rettelse.csv",
                "document,kommune,varighed\nlagerpraktik,Vesterby,45\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, applied.status(), String.valueOf(applied.json()));
        assertEquals(2, applied.json().get("valuesSet").asInt());
        assertEquals(0, get("search?q=lageret&where=" + q("kommune:Østerby")).json().get("total").asInt());
        assertEquals(1, get("search?q=lageret&where=" + q("kommune:Vesterby")).json().get("total").asInt());

        Answer refused = multipart("documents/attributes", "manifest", "forkert.csv",
                "document,kommune\nlagerpraktik,Nordby\nukendt,Nordby\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status());
        assertTrue(refused.json().get("problems").get(0).asText().startsWith("forkert.csv line 3: unknown document"));
        assertEquals("Vesterby", get("documents/lagerpraktik").json().get("attributes").get("kommune").asText());
    }

    @Test
    void oversizedUpload_isRefusedWith413() throws Exception {
        Answer big = upload("stor.txt", new byte[(int) ImportResource.MAX_UPLOAD_BYTES + 1024]);
        assertEquals(413, big.status());
    }

    private static Answer upload(String name, byte[] content) throws IOException, InterruptedException {
        return upload(name, content, null, null);
    }

    /** Uploads one file and, unless {@code manifestName} is null, a manifest. */
    private static Answer upload(String name, byte[] content, String manifestName, byte[] manifest)
            throws IOException, InterruptedException {
        return multipart("import", "files", name, content, manifestName, manifest);
    }

    private static Answer multipart(String path, String part, String name, byte[] content)
            throws IOException, InterruptedException {
        return multipart(path, part, name, content, null, null);
    }

    private static Answer multipart(String path, String part, String name, byte[] content, String manifestName,
                                    byte[] manifest)
            throws IOException, InterruptedException {
        String boundary = "kodetrae-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        if (manifestName != null) {
            body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"manifest\"; filename=\""
                    + manifestName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(manifest);
        }
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(api.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Kodetrae", "1").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
