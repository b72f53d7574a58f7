package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kodetrae.Fixtures;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /api/v1/search over real HTTP on the stopord fixture: stop words count in phrases and negations, =word is the
 * form as written, and each hit's match offsets cut the whole phrase out of the document text the API serves
 * (the offsets the KWIC line and the reader's highlight use), behind an emoji too.
 */
class EveryWordSearchIT {
    @TempDir
    static Path dir;
    static Project project;
    static ApiServer server;
    static URI api;

    @BeforeAll
    static void start() {
        project = Project.open(dir, Fixtures.CLOCK);
        project.importPaths(List.of(Fixtures.path("stopord")), Optional.empty(), ImportOptions.defaults(),
                Importer.Progress.NONE);
        server = ApiServer.start(project, "127.0.0.1", 0);
        api = server.uri().resolve("api/v1/");
    }

    @AfterAll
    static void stop() {
        server.close();
        project.close();
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        ApiIT.Answer a = ApiIT.send(HttpRequest.newBuilder(api.resolve(path)));
        assertEquals(200, a.status(), a.raw().body());
        return a.json();
    }

    private static JsonNode search(String query) throws IOException, InterruptedException {
        return get("search?order=document&q=" + ApiIT.q(query));
    }

    /** What each hit's match offsets cut out of its document's text, as served by /documents/{name}. */
    private static List<String> matchedTexts(JsonNode result) throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        for (JsonNode hit : result.get("hits")) {
            String text = get("documents/" + hit.get("documentName").asText()).get("text").asText();
            for (JsonNode m : hit.get("matches")) {
                out.add(text.substring(m.get("start").asInt(), m.get("end").asInt()));
            }
        }
        return out;
    }

    @Test
    void phraseWithAStopWord_findsOnlyThePhrase_andItsOffsetsCoverTheWholePhrase() throws Exception {
        JsonNode ikkeLyst = search("\"ikke lyst\"");
        assertEquals(1, ikkeLyst.get("total").asInt(), "not the three sentences with 'lyst'");
        assertEquals(List.of("ikke lyst"), matchedTexts(ikkeLyst));
        assertEquals("ikke lyst", ikkeLyst.get("hits").get(0).get("hit").asText());

        JsonNode lystTil = search("\"lyst til\"");
        assertEquals(List.of("lyst til", "lyst til"), matchedTexts(lystTil), "the whole phrase is highlighted");
        assertEquals(1, search("\"tid til\"").get("total").asInt(), "not the three sentences with 'tid'");
        assertEquals(List.of("stoler på"), matchedTexts(search("\"stoler på\"")), "offsets behind the emoji");
    }

    @Test
    void negations_andBooleansOfStopWords_countTheStopWord() throws Exception {
        assertEquals(2, search("ikke AND lyst").get("total").asInt());
        assertEquals(4, search("ikke NOT lyst").get("total").asInt());
        assertEquals(List.of("ikke noget", "ikke nogen"), matchedTexts(search("\"ikke noget\"")));
    }

    @Test
    void exactForm_matchesTheWordAsWritten_stemmedWordItsInflections() throws Exception {
        assertEquals(List.of("stol"), matchedTexts(search("=stol")));
        assertEquals(List.of("stol", "stoler", "Stolene"), matchedTexts(search("stol")));
        assertEquals(List.of("ikke noget"), matchedTexts(search("\"ikke =noget\"")));
        assertEquals(List.of("want", "want", "want"), matchedTexts(search("=want")));
    }
}
