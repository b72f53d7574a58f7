package dk.kodetrae.api;

import static dk.kodetrae.api.ApiIT.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.project.Project;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a transcript through the API: codings follow, versions are kept and can be read and purged. */
class RevisionApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Project project;
    ApiServer server;
    URI api;

    @BeforeEach
    void start() {
        project = CodedFixture.open(dir);
        server = ApiServer.start(project, "127.0.0.1", 0);
        api = server.uri().resolve("api/v1/");
    }

    @AfterEach
    void stop() {
        server.close();
        project.close();
    }

    private ApiIT.Answer get(String path) throws Exception {
        return ApiIT.send(HttpRequest.newBuilder(api.resolve(path)));
    }

    private ApiIT.Answer post(String path, Object body) throws Exception {
        return ApiIT.send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private ApiIT.Answer delete(String path) throws Exception {
        return ApiIT.send(HttpRequest.newBuilder(api.resolve(path)).DELETE());
    }

    private static Map<String, Object> replace(String text, String passage, String with) {
        int at = text.indexOf(passage);
        return Map.of("start", at, "end", at + passage.length(), "text", with);
    }

    private long codeOf(String text, String passage) throws Exception {
        int at = text.indexOf(passage);
        long code = CodedFixture.code(project, "sanktioner").id();
        long doc = CodedFixture.document(project, "samarbejde").id();
        return post("codings", Map.of("documentId", doc, "codeId", code, "start", at, "end", at + passage.length(),
                "coder", "ane")).json().get("id").asLong();
    }

    private static String slice(String text, JsonNode span) {
        return text.substring(span.get("start").asInt(), span.get("end").asInt());
    }

    @Test
    void edit_movesAndFlagsCodings_andTheIndexFindsTheNewWord() throws Exception {
        String text = get("documents/samarbejde").json().get("text").asText();
        long untouched = codeOf(text, "Søren og Åse på jobcentret");
        long overlapped = codeOf(text, "ingen sanktioner mere 😊");

        ApiIT.Answer edit = post("documents/samarbejde/edits", Map.of("version", 0, "actor", "ane",
                "replacements", List.of(replace(text, "tirsdag", "onsdag"), replace(text, "mere 😊", "længere 🙂"))));
        assertEquals(200, edit.status(), edit.raw().body());
        assertEquals(1, edit.json().get("version").asInt());

        JsonNode doc = get("documents/samarbejde").json();
        String now = doc.get("text").asText();
        assertEquals(1, doc.get("version").asInt());
        JsonNode codings = get("documents/samarbejde/codings").json();
        for (JsonNode k : codings) {
            if (k.get("id").asLong() == untouched) {
                assertEquals("Søren og Åse på jobcentret", slice(now, k.get("span")));
                assertTrue(k.get("editedIn").isNull());
            } else if (k.get("id").asLong() == overlapped) {
                assertEquals("ingen sanktioner længere 🙂", slice(now, k.get("span")));
                assertEquals(1, k.get("editedIn").asInt());
            }
        }
        assertEquals(1, get("search?q=" + q("onsdag")).json().get("total").asInt());
        assertEquals(0, get("search?q=" + q("tirsdag")).json().get("total").asInt());

        ApiIT.Answer confirmed = post("codings/" + overlapped + "/confirm", Map.of("actor", "bo"));
        assertEquals(200, confirmed.status(), confirmed.raw().body());
        assertTrue(confirmed.json().get("editedIn").isNull());
    }

    @Test
    void versions_showWhoAndWhatChanged_theOldTextCanBeRead_andPurged() throws Exception {
        String v0 = get("documents/samarbejde").json().get("text").asText();
        post("documents/samarbejde/edits", Map.of("actor", "ane", "replacements", List.of(replace(v0, "Åse", "Aase"))));

        JsonNode versions = get("documents/samarbejde/versions").json();
        assertEquals(1, versions.get("current").asInt());
        JsonNode first = versions.get("versions").get(0);
        assertEquals("ane", first.get("actor").asText());
        assertEquals("Åse", first.get("edits").get(0).get("removed").asText());
        assertEquals("Aase", first.get("edits").get(0).get("inserted").asText());
        assertEquals(v0, get("documents/samarbejde/versions/0").json().get("text").asText());

        ApiIT.Answer purged = delete("documents/samarbejde/versions?actor=ane");
        assertEquals(1, purged.json().get("purged").asInt());
        assertEquals(0, get("documents/samarbejde/versions").json().get("versions").size());
        ApiIT.Answer gone = get("documents/samarbejde/versions/0");
        assertEquals(404, gone.status());
        assertEquals("version.purged", gone.json().get("code").asText());
    }

    @Test
    void badEdits_answerWithACodeAndChangeNothing() throws Exception {
        String text = get("documents/samarbejde").json().get("text").asText();
        int emoji = text.indexOf("😊");
        ApiIT.Answer split = post("documents/samarbejde/edits", Map.of("actor", "ane",
                "replacements", List.of(Map.of("start", emoji + 1, "end", emoji + 2, "text", "x"))));
        assertEquals(400, split.status());
        assertEquals("edit.invalid", split.json().get("code").asText());
        ApiIT.Answer stale = post("documents/samarbejde/edits", Map.of("version", 3, "actor", "ane",
                "replacements", List.of(replace(text, "Åse", "Aase"))));
        assertEquals(409, stale.status());
        assertEquals("edit.staleVersion", stale.json().get("code").asText());
        ApiIT.Answer missing = post("documents/samarbejde/edits", Map.of("actor", "ane"));
        assertEquals(400, missing.status());
        assertEquals(text, get("documents/samarbejde").json().get("text").asText());
    }
}
