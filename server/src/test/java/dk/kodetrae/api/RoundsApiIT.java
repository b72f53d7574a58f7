package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind coding rounds over real HTTP: while a round is open, coder anna sees only her own codings of its document
 * in every read path (reader, counts, code retrieval, code queries, compare, co-occurrence, export), bø only his,
 * and a reader without a coder name neither; closing reveals both. Then consensus decisions code for the consensus
 * coder, and compare counts them.
 */
class RoundsApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ANNAS = "Sanktionen kom som et chok for mig.";
    private static final String BOS = "Søren og Åse på jobcentret er enige om";

    @TempDir
    Path dir;
    Project project;
    ApiServer server;
    URI api;
    long document;
    long sanctions;
    Span annas;
    Span bos;

    @BeforeEach
    void start() {
        project = CodedFixture.open(dir);
        server = ApiServer.start(project, "127.0.0.1", 0);
        api = server.uri().resolve("api/v1/");
        document = CodedFixture.document(project, "samarbejde").id();
        sanctions = CodedFixture.code(project, "sanktioner").id();
        annas = CodedFixture.find(project, "samarbejde", ANNAS);
        bos = CodedFixture.find(project, "samarbejde", BOS);
    }

    @AfterEach
    void stop() {
        server.close();
        project.close();
    }

    @Test
    void openRound_eachCoderSeesOnlyTheirOwnCodings_inEveryReadPath_andClosingRevealsAll() throws Exception {
        long round = openRound(false);
        code("anna", annas);
        code("bø", bos);

        assertEquals(List.of("anna"), readerCoders("anna"));
        assertEquals(List.of("bø"), readerCoders("bø"));
        assertEquals(List.of(), readerCoders(null), "a reader without a coder name sees no one's");
        assertEquals(1, count("anna"));
        assertEquals(0, count(null));
        assertEquals(List.of(ANNAS), passages("anna"));
        assertEquals(List.of(BOS), passages("bø"));
        assertEquals(1, retrieved("anna"));
        assertEquals(1, compared("anna"));
        assertEquals(0, compared(null));
        assertEquals(1, cooccurring("anna"));
        String annasExport = export("anna");
        assertTrue(annasExport.contains(ANNAS), annasExport);
        assertFalse(annasExport.contains(BOS), annasExport);

        assertEquals(200, post("rounds/" + round + "/close", "{\"actor\":\"forsker\"}", null).status());

        assertEquals(List.of("anna", "bø"), readerCoders("anna"));
        assertEquals(List.of("anna", "bø"), readerCoders(null));
        assertEquals(2, count("anna"));
        assertEquals(2, passages("anna").size());
        assertEquals(2, retrieved("anna"));
        assertEquals(2, compared("anna"));
        assertEquals(2, cooccurring("anna"));
        String export = export("anna");
        assertTrue(export.contains(ANNAS) && export.contains(BOS), export);
    }

    @Test
    void codingsOutsideTheRound_staySeenByEveryone() throws Exception {
        long other = CodedFixture.document(project, "mentor").id();
        openRound(false);
        Answer added = post("codings", "{\"documentId\":" + other + ",\"codeId\":" + sanctions
                + ",\"start\":0,\"end\":4,\"coder\":\"bø\"}", "bø");
        assertEquals(201, added.status());
        assertEquals(1, get("documents/mentor/codings", "anna").json().size());
    }

    @Test
    void autoCodings_areHiddenOrShownAsTheRoundSays() throws Exception {
        assertEquals(200, post("codes/" + sanctions + "/autocode", "{\"actor\":\"regel\"}", null).status());
        int auto = get("documents/samarbejde/codings", "forsker").json().size();
        assertTrue(auto > 0, "the rule codes the fixture");
        long hiding = openRound(false);
        assertEquals(0, get("documents/samarbejde/codings", "anna").json().size());
        post("rounds/" + hiding + "/close", "{}", null);
        openRound(true);
        assertEquals(auto, get("documents/samarbejde/codings", "anna").json().size());
    }

    @Test
    void openRound_refusesBadRequests_andWritesNothing() throws Exception {
        Answer oneCoder = post("rounds", body("[\"anna\"]", "[" + document + "]", false), null);
        assertEquals(400, oneCoder.status());
        assertEquals("round.coders", oneCoder.json().get("code").asText());
        Answer noDocument = post("rounds", body("[\"anna\",\"bø\"]", "[999999]", false), null);
        assertEquals(400, noDocument.status());
        assertEquals("round.document", noDocument.json().get("code").asText());
        assertEquals(404, get("rounds/4711", null).status());
        assertEquals(0, get("rounds", null).json().size());
    }

    @Test
    void consensus_takesAdjustsAndDrops_intoTheConsensusCodersCodings_whichCompareCounts() throws Exception {
        long round = openRound(false);
        long annasCoding = code("anna", annas);
        code("bø", bos);
        Answer early = post("rounds/" + round + "/decisions", decision("take", annasCoding, null), null);
        assertEquals(400, early.status(), "no consensus while the round is blind");
        assertEquals("consensus.roundOpen", early.json().get("code").asText());
        post("rounds/" + round + "/close", "{}", null);

        Answer take = post("rounds/" + round + "/decisions", decision("take", annasCoding, null), null);
        assertEquals(201, take.status(), take.raw().body());
        assertEquals("anna", take.json().get("takenFrom").asText());
        Answer adjust = post("rounds/" + round + "/decisions",
                decision("adjust", null, new Span(bos.start(), bos.end() - 4)), null);
        assertEquals(201, adjust.status(), adjust.raw().body());
        Answer drop = post("rounds/" + round + "/decisions", decision("drop", null, bos), null);
        assertEquals(201, drop.status());
        assertTrue(drop.json().get("codingId").isNull());

        List<String> coders = readerCoders("forsker");
        assertEquals(List.of("anna", "bø", "konsensus", "konsensus"), coders);
        assertEquals(3, get("rounds/" + round + "/decisions", null).json().size());
        assertEquals(4, compared(null));
        JsonNode log = JSON.valueToTree(project.store().recentChanges(20));
        assertTrue(log.toString().contains("consensus-take") && log.toString().contains("consensus-drop"), log.toString());

        Answer undone = post("codings/undo", "{\"coder\":\"forsker\"}", null);
        assertEquals("consensus", undone.json().get("action").asText());
        assertEquals(2, get("rounds/" + round + "/decisions", null).json().size(), "undo takes back the drop");
    }

    private long openRound(boolean showAuto) throws Exception {
        Answer a = post("rounds", body("[\"anna\",\"bø\"]", "[" + document + "]", showAuto), null);
        assertEquals(201, a.status(), a.raw().body());
        assertTrue(a.json().get("open").asBoolean());
        return a.json().get("id").asLong();
    }

    private static String body(String coders, String documents, boolean showAuto) {
        return "{\"name\":\"Runde 1 – æøå\",\"codebookId\":\"lille\",\"documentIds\":" + documents + ",\"coders\":"
                + coders + ",\"showAuto\":" + showAuto + ",\"actor\":\"forsker\"}";
    }

    private String decision(String kind, Long coding, Span span) {
        return "{\"documentId\":" + document + ",\"codeId\":" + sanctions + ",\"decision\":\"" + kind + "\""
                + (coding == null ? "" : ",\"codingId\":" + coding)
                + (span == null ? "" : ",\"start\":" + span.start() + ",\"end\":" + span.end())
                + ",\"actor\":\"forsker\"}";
    }

    private long code(String coder, Span span) throws Exception {
        Answer a = post("codings", "{\"documentId\":" + document + ",\"codeId\":" + sanctions + ",\"start\":"
                + span.start() + ",\"end\":" + span.end() + ",\"coder\":\"" + coder + "\"}", coder);
        assertEquals(201, a.status(), a.raw().body());
        return a.json().get("id").asLong();
    }

    private List<String> readerCoders(String viewer) throws Exception {
        List<String> out = new ArrayList<>();
        get("documents/samarbejde/codings", viewer).json().forEach(k -> out.add(k.get("coder").asText()));
        return out.stream().sorted().toList();
    }

    private int count(String viewer) throws Exception {
        return get("codebooks/lille/counts", viewer).json().get(Long.toString(sanctions)).asInt();
    }

    private List<String> passages(String viewer) throws Exception {
        List<String> out = new ArrayList<>();
        get("codes/" + sanctions + "/passages", viewer).json().get("passages").forEach(p -> out.add(p.get("text").asText()));
        return out;
    }

    private int retrieved(String viewer) throws Exception {
        return get("retrieve?codes=" + q("code:sanktioner"), viewer).json().get("total").asInt();
    }

    private int compared(String viewer) throws Exception {
        JsonNode rows = get("compare?codebook=lille&by=kommune&speaker=all", viewer).json().get("rows");
        for (JsonNode row : rows) {
            if (row.get("key").asText().equals("sanktioner")) {
                return row.get("total").get("passages").asInt();
            }
        }
        throw new AssertionError("no row sanktioner in " + rows);
    }

    private int cooccurring(String viewer) throws Exception {
        JsonNode c = get("cooccurrence?codebook=lille&speaker=all", viewer).json();
        int at = 0;
        while (!c.get("keys").get(at).asText().equals("sanktioner")) {
            at++;
        }
        return c.get("units").get(at).get(at).asInt();
    }

    private String export(String viewer) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(api.resolve(
                        "export?codebook=lille&codes=sanktioner&format=markdown&speaker=all&coder=" + q(viewer))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    record Answer(int status, JsonNode json, HttpResponse<String> raw) {
    }

    private Answer get(String path, String viewer) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)), viewer);
    }

    private Answer post(String path, String json, String viewer) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), viewer);
    }

    private static Answer send(HttpRequest.Builder request, String viewer) throws IOException, InterruptedException {
        if (viewer != null) {
            request.header(Viewers.HEADER, q(viewer));
        }
        HttpResponse<String> r = HTTP.send(request.setHeader("X-Kodetrae", "1").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()), r);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
