package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.project.Project;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DELETE of a document, a code (purge) and a memo over HTTP; the change log says who deleted what, without names. */
class DeletionApiIT {
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

    private ApiIT.Answer send(String method, String path, String json) throws Exception {
        return ApiIT.send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void deleteDocument_goneFromListSearchAndLog_withCounts() throws Exception {
        long doc = CodedFixture.document(project, "samarbejde").id();
        send("POST", "memos", "{\"targetType\": \"document\", \"targetId\": " + doc
                + ", \"author\": \"ane\", \"text\": \"Åse nævnes ved navn\"}");
        ApiIT.Answer deleted = send("DELETE", "documents/samarbejde?actor=ane", null);
        assertEquals(200, deleted.status(), deleted.raw().body());
        assertEquals(1, deleted.json().get("memos").asInt());

        assertEquals(404, send("GET", "documents/samarbejde", null).status());
        assertEquals(0, send("GET", "search?q=sundhedskoordinatoren", null).json().get("total").asInt());
        JsonNode last = send("GET", "changes?limit=1", null).json().get(0);
        assertEquals("delete", last.get("action").asText());
        assertEquals("ane", last.get("actor").asText());
        assertTrue(!last.toString().contains("samarbejde"), last.toString());
        for (JsonNode change : send("GET", "changes?limit=1000", null).json()) {
            assertTrue(!change.toString().contains("samarbejde"), "no entry names the deleted document: " + change);
        }
    }

    @Test
    void deleteCode_withPurge_isNotUndoable_andDeleteMemo_answers204() throws Exception {
        long code = CodedFixture.code(project, "sanktioner").id();
        ApiIT.Answer purged = send("DELETE", "codes/" + code + "?actor=ane&purge=true", null);
        assertEquals(200, purged.status(), purged.raw().body());
        assertEquals(404, send("GET", "codes/" + code, null).status());
        assertTrue(send("GET", "codings/history?coder=ane", null).json().get("undo").isNull());

        long doc = CodedFixture.document(project, "mentor").id();
        long memo = send("POST", "memos", "{\"targetType\": \"document\", \"targetId\": " + doc
                + ", \"author\": \"bo\", \"text\": \"Notat\"}").json().get("id").asLong();
        assertEquals(204, send("DELETE", "memos/" + memo + "?actor=bo", null).status());
        assertEquals(0, send("GET", "memos?targetType=document&targetId=" + doc, null).json().size());
        assertEquals(404, send("DELETE", "memos/" + memo + "?actor=bo", null).status());
    }
}
