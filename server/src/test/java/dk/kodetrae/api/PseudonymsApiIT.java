package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kodetrae.project.Project;
import dk.kodetrae.pseudonym.PseudonymFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /pseudonyms…} over real HTTP on the two pseudonymisation interviews (see PseudonymFixture). */
class PseudonymsApiIT {
    @TempDir
    Path dir;
    Project project;
    ApiServer server;
    URI api;

    @BeforeEach
    void start() {
        project = PseudonymFixture.open(dir);
        server = ApiServer.start(project, "127.0.0.1", 0);
        api = server.uri().resolve("api/v1/");
    }

    @AfterEach
    void stop() {
        server.close();
        project.close();
    }

    ApiIT.Answer get(String path) throws IOException, InterruptedException {
        return ApiIT.send(HttpRequest.newBuilder(api.resolve(path)));
    }

    ApiIT.Answer send(String method, String path, String json) throws IOException, InterruptedException {
        return ApiIT.send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static List<String> originals(JsonNode candidates, String kind) {
        List<String> out = new ArrayList<>();
        candidates.forEach(c -> {
            if (c.get("kind").asText().equals(kind)) {
                out.add(c.get("original").asText());
            }
        });
        return out;
    }

    @Test
    void candidates_comeInContext_withAProposalPerOriginal() throws Exception {
        ApiIT.Answer a = get("pseudonyms/candidates");
        assertEquals(200, a.status(), a.raw().body());
        JsonNode candidates = a.json().get("candidates");
        assertTrue(originals(candidates, "person").containsAll(List.of("Mette", "Ahmed")), candidates.toString());
        assertEquals(List.of("010203-1234"), originals(candidates, "cpr"));
        assertEquals(List.of("20 30 40 50"), originals(candidates, "phone"));
        JsonNode first = candidates.get(0);
        String text = project.corpus().text(first.get("documentId").asLong());
        assertEquals(first.get("original").asText(),
                text.substring(first.get("start").asInt(), first.get("end").asInt()));
        assertEquals("open", first.get("status").asText());
        assertTrue(first.get("pseudonym").asText().startsWith("["), first.toString());
    }

    @Test
    void listAndDecisions_areKeptInTheKey_outsideTheProject() throws Exception {
        assertEquals(200, send("POST", "pseudonyms/names?actor=lise", "{\"name\": \"Solgården\", \"kind\": \"workplace\"}")
                .status());
        ApiIT.Answer decided = send("PUT", "pseudonyms/decisions?actor=lise", """
                [{"original": "Mette", "kind": "person", "accepted": true, "pseudonym": "[Borger A]"},
                 {"original": "Ahmed", "kind": "person", "accepted": false}]""");
        assertEquals(200, decided.status(), decided.raw().body());
        Path key = Path.of(decided.json().get("file").asText());
        assertFalse(key.startsWith(project.directory().toAbsolutePath()), key.toString());
        assertTrue(Files.readString(key).contains("Solgården"));
        JsonNode candidates = get("pseudonyms/candidates").json().get("candidates");
        candidates.forEach(c -> {
            switch (c.get("original").asText()) {
                case "Mette" -> assertEquals("[Borger A]", c.get("pseudonym").asText());
                case "Ahmed" -> assertEquals("rejected", c.get("status").asText());
                case "Solgården" -> assertEquals("list", c.get("source").asText());
                default -> { }
            }
        });
        assertEquals(List.of("Solgården"), originals(candidates, "workplace"));
        assertEquals(200, send("PUT", "pseudonyms/names", "[]").status());
        assertEquals(0, get("pseudonyms/names").json().size());
    }

    @Test
    void badRequests_areRefusedWithTheirCodes() throws Exception {
        ApiIT.Answer inside = send("PUT", "pseudonyms/key", "{\"file\": \""
                + project.directory().resolve("nøgle.json").toAbsolutePath() + "\"}");
        assertEquals(400, inside.status());
        assertEquals("pseudonym.keyInsideProject", inside.json().get("code").asText());
        ApiIT.Answer blank = send("PUT", "pseudonyms/names", "[{\"name\": \" \", \"kind\": \"place\"}]");
        assertEquals(400, blank.status());
        assertTrue(blank.json().get("detail").asText().contains("name"), blank.raw().body());
        ApiIT.Answer outside = send("POST", "pseudonyms/reidentify",
                "{\"document\": " + project.corpus().documents().get(0).id() + ", \"start\": 0, \"end\": 99999}");
        assertEquals(400, outside.status());
        assertEquals("pseudonym.passageOutside", outside.json().get("code").asText());
        ApiIT.Answer noDocument = get("pseudonyms/candidates?document=999");
        assertEquals(404, noDocument.status());
        Files.writeString(Path.of(get("pseudonyms/key").json().get("file").asText()), "ikke json");
        ApiIT.Answer damaged = get("pseudonyms/candidates");
        assertEquals(409, damaged.status());
        assertEquals("pseudonym.keyUnreadable", damaged.json().get("code").asText());
    }

    @Test
    void status_saysWhichDocumentsArePseudonymised() throws Exception {
        JsonNode status = get("pseudonyms/status").json();
        assertEquals(2, status.size());
        status.forEach(d -> assertFalse(d.get("pseudonymised").asBoolean()));
    }

    @Test
    void apply_isRefusedWhileCandidatesAreOpen_andReplacesWhenAccepted() throws Exception {
        ApiIT.Answer refused = send("POST", "pseudonyms/apply?actor=lise", "{}");
        assertEquals(409, refused.status(), refused.raw().body());
        assertEquals("pseudonym.undecided", refused.json().get("code").asText());

        ApiIT.Answer applied = send("POST", "pseudonyms/apply?actor=lise", "{\"acceptProposed\": true}");
        assertEquals(200, applied.status(), applied.raw().body());
        assertTrue(applied.json().get("replacements").asInt() >= 8, applied.raw().body());
        for (JsonNode d : get("pseudonyms/status").json()) {
            assertTrue(d.get("pseudonymised").asBoolean(), d.toString());
            String text = get("documents/" + d.get("id").asLong()).json().get("text").asText();
            assertFalse(text.contains("Mette") || text.contains("010203-1234"), text);
        }
    }

    /** Codes one passage in each interview, so that every export has a quote from each. */
    private void codeBothInterviews() throws IOException {
        project.codebooks().load(dk.kodetrae.codebook.CodebookFiles.read("codebook-lille.json",
                Files.readAllBytes(dk.kodetrae.Fixtures.path("codebook-lille.json"))), "test");
        long code = project.codebooks().codes("lille").get(0).id();
        for (String passage : List.of("Jeg hedder Mette", "Ahmed sagde")) {
            long document = documentContaining(passage);
            int at = project.corpus().text(document).indexOf(passage);
            project.codings().add(document, code, new dk.kodetrae.corpus.Span(at, at + passage.length()), "lise");
        }
    }

    private long documentContaining(String passage) {
        return project.corpus().documents().stream().filter(d -> project.corpus().text(d.id()).contains(passage))
                .findFirst().orElseThrow().id();
    }

    private java.net.http.HttpResponse<String> export(String query) throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.resolve("export?codebook=lille&"
                + query)).build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void restrictedExports_leaveOutDocumentsNotPseudonymised_andSaySo() throws Exception {
        codeBothInterviews();
        assertEquals(200, send("PUT", "project/settings?actor=lise", "{\"pseudonymisedExportsOnly\": true}")
                .status());
        assertTrue(get("project/settings").json().get("pseudonymisedExportsOnly").asBoolean());
        long first = documentContaining("Jeg hedder Mette");
        ApiIT.Answer applied = send("POST", "pseudonyms/apply?actor=lise",
                "{\"documents\": [" + first + "], \"acceptProposed\": true}");
        assertEquals(200, applied.status(), applied.raw().body());

        for (String format : List.of("csv", "markdown", "html", "docx", "xlsx")) {
            var r = export("speaker=all&codings=all&format=" + format);
            assertEquals(200, r.statusCode(), format + ": " + r.body());
            assertEquals("1", r.headers().firstValue(ExportResource.LEFT_OUT_HEADER).orElseThrow(), format);
            assertEquals("1", r.headers().firstValue(ExportResource.QUOTES_HEADER).orElseThrow(), format);
            if (!format.equals("docx") && !format.equals("xlsx")) {
                assertTrue(r.body().contains("[Person"), format + ": the pseudonymised quote is there: " + r.body());
                assertFalse(r.body().contains("Ahmed sagde"), format + ": " + r.body());
            }
        }
        var qdpx = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                api.resolve("refi-qda/project.qdpx")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(409, qdpx.statusCode());
        assertTrue(qdpx.body().contains("export.notPseudonymised"), qdpx.body());

        assertEquals(200, send("PUT", "project/settings?actor=lise", "{}").status());
        var all = export("speaker=all&codings=all&format=csv");
        assertEquals("0", all.headers().firstValue(ExportResource.LEFT_OUT_HEADER).orElseThrow());
        assertTrue(all.body().contains("Ahmed sagde"), "unrestricted again: " + all.body());
    }
}
