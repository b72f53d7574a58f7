package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /project/settings} over real HTTP on a project imported without settings (the fixture transcripts and the
 * small codebook, auto-coded): its defaults, validation, and how compare and export follow the settings.
 */
class SettingsApiIT {
    private static final String STUDY = """
            {"clusterAttribute": "kommune", "defaultCodebook": "lille",
             "attributionTemplate": "({rolle}, {ressourceteam=ja?kommune med team|kommune uden team})",
             "groupLabels": {"ressourceteam": {"ja": "Kommuner med ressourceteam", "nej": "Kommuner uden ressourceteam"}}}
            """;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path dir;
    static Project project;
    static ApiServer server;
    static URI api;

    @BeforeAll
    static void start() {
        project = CodedFixture.open(dir);
        project.autoCoder().applyAll("lille", "test");
        server = ApiServer.start(project, "127.0.0.1", 0);
        api = server.uri().resolve("api/v1/");
    }

    @AfterAll
    static void stop() {
        server.close();
        project.close();
    }

    /** Every test starts from a project that has set nothing. */
    @BeforeEach
    void unset() throws Exception {
        assertEquals(200, put("{}").status());
    }

    private static ApiIT.Answer get(String path) throws IOException, InterruptedException {
        return ApiIT.send(HttpRequest.newBuilder(api.resolve(path)));
    }

    /** An export's body as text. */
    private static String text(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(api.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static ApiIT.Answer put(String json) throws IOException, InterruptedException {
        return ApiIT.send(HttpRequest.newBuilder(api.resolve("project/settings?actor=mette"))
                .header("Content-Type", "application/json")
                .header("X-Kodetrae", "1").PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    @Test
    void aProjectImportedWithoutSettings_getsDefaults_andSaysWhichAreNotSet() throws Exception {
        JsonNode s = get("project/settings").json();
        assertTrue(s.get("clusterAttribute").isNull(), s.toString());
        assertEquals("lille", s.get("defaultCodebook").asText(), "the only codebook");
        assertEquals("", s.get("attributionTemplate").asText());
        assertEquals(0, s.get("groupLabels").size());
        assertEquals(List.of("clusterAttribute", "defaultCodebook", "attributionTemplate", "groupLabels"),
                new ObjectMapper().convertValue(s.get("unset"), List.class));
    }

    @Test
    void put_keepsTheSettings_andGetReturnsThem() throws Exception {
        ApiIT.Answer a = put(STUDY);
        assertEquals(200, a.status(), a.raw().body());
        JsonNode s = get("project/settings").json();
        assertEquals("kommune", s.get("clusterAttribute").asText());
        assertEquals("Kommuner med ressourceteam", s.get("groupLabels").get("ressourceteam").get("ja").asText());
        assertEquals(0, s.get("unset").size());
        assertTrue(project.store().recentChanges(1).getFirst().entity().equals("settings"), "logged");
        assertEquals("mette", project.store().recentChanges(1).getFirst().actor());
    }

    @Test
    void put_refusesAnUnknownAttribute_namingTheField_andChangesNothing() throws Exception {
        put(STUDY);
        ApiIT.Answer a = put(STUDY.replace("\"clusterAttribute\": \"kommune\"", "\"clusterAttribute\": \"region\""));
        assertEquals(400, a.status());
        String detail = a.json().get("detail").asText();
        assertTrue(detail.contains("clusterAttribute: the project has no attribute 'region'"), detail);
        assertTrue(detail.contains("kommune, ressourceteam, rolle"), "lists what there is: " + detail);
        assertEquals("settings.refused", a.json().get("code").asText());
        JsonNode problem = a.json().get("problemCodes").get(0);
        assertEquals("settings.unknownAttribute", problem.get("code").asText());
        assertEquals("clusterAttribute", problem.get("params").get("setting").asText(), "the page can name the field");
        assertEquals("region", problem.get("params").get("name").asText());
        assertEquals("kommune", get("project/settings").json().get("clusterAttribute").asText(), "unchanged");
    }

    @Test
    void put_refusesAnUnknownCodebook_aBadTemplate_andLabelsOfUnknownValues() throws Exception {
        String codebook = put("{\"defaultCodebook\": \"ressourceforloeb\"}").json().get("detail").asText();
        assertTrue(codebook.contains("defaultCodebook: the project has no codebook 'ressourceforloeb' (it has: lille)"),
                codebook);
        String syntax = put("{\"attributionTemplate\": \"({rolle)\"}").json().get("detail").asText();
        assertTrue(syntax.contains("attributionTemplate: attribution template \"({rolle)\": unclosed '{' at position 2"),
                syntax);
        String unknown = put("{\"attributionTemplate\": \"({stilling})\"}").json().get("detail").asText();
        assertTrue(unknown.contains("attributionTemplate: the project has no attribute 'stilling'"), unknown);
        ApiIT.Answer value = put("{\"groupLabels\": {\"ressourceteam\": {\"måske\": \"Kommuner måske 😊\"}}}");
        assertEquals(400, value.status());
        assertTrue(value.json().get("detail").asText().contains(
                "groupLabels.ressourceteam: no document has the value 'måske' (the values are: ja, nej)"),
                value.json().get("detail").asText());
        ApiIT.Answer blank = put("{\"groupLabels\": {\"ressourceteam\": {\"ja\": \" \"}}}");
        assertTrue(blank.json().get("detail").asText().contains("groupLabels.ressourceteam.ja: a label must not be blank"),
                blank.json().get("detail").asText());
        ApiIT.Answer field = put("{\"colour\": \"red\"}");
        assertEquals(400, field.status(), "an unknown field is refused, not ignored");
        assertEquals(4, get("project/settings").json().get("unset").size(), "nothing was set");
    }

    @Test
    void compare_usesTheDefaultCodebook_theGroupLabels_andTheClusterAttribute() throws Exception {
        JsonNode plain = get("compare?by=ressourceteam&stats=true").json();
        assertEquals("lille", plain.get("codebookId").asText());
        assertEquals("ressourceteam = ja", plain.get("groups").get(0).get("name").asText());
        assertEquals(0, plain.get("groups").get(0).get("clusters").size(), "no cluster attribute: no clusters");

        put(STUDY);
        JsonNode labelled = get("compare?by=ressourceteam&stats=true").json();
        assertEquals("Kommuner med ressourceteam", labelled.get("groups").get(0).get("name").asText());
        assertEquals("Kommuner uden ressourceteam", labelled.get("groups").get(1).get("name").asText());
        assertEquals("ja", labelled.get("groups").get(0).get("where").get("ressourceteam").get(0).asText());
        assertEquals(2, labelled.get("groups").get(0).get("clusters").size(), "kommune A and C");
        assertTrue(labelled.get("caveats").toString().contains("clusters (different values of \\\"kommune\\\")"),
                labelled.get("caveats").toString());
    }

    @Test
    void compareStatistics_giveNoPForACodeWithoutPassages() throws Exception {
        JsonNode rows = get("compare?codebook=lille&by=ressourceteam&stats=true&codings=all").json().get("rows");
        JsonNode mentor = null;
        JsonNode sanktioner = null;
        for (JsonNode row : rows) {
            mentor = row.get("key").asText().equals("mentor") ? row : mentor;
            sanktioner = row.get("key").asText().equals("sanktioner") ? row : sanktioner;
        }
        assertEquals(0, mentor.get("total").get("passages").asInt(), "the mentor code has no rule and no codings");
        assertTrue(mentor.get("stats").get("p").isNull(), mentor.toString());
        assertEquals("no passages: nothing to test", mentor.get("stats").get("note").asText());
        assertFalse(sanktioner.get("stats").get("p").isNull(), "a code with passages is tested: " + sanktioner);
    }

    @Test
    void export_usesTheTemplateAndTheGroupLabelsAsHeadings() throws Exception {
        // The rule's codings are not reviewed: codings=all exports them, marked as such.
        String bare = text("export?codes=sanktioner&by=ressourceteam&format=markdown&codings=all");
        assertTrue(bare.contains("**ressourceteam = ja**"), bare);
        assertTrue(bare.contains("„Sanktionen kom som et chok for mig.“ *(automatisk kodet, ikke gennemset)*\n"),
                "no attribution: " + bare);

        put(STUDY);
        String md = text("export?codes=sanktioner&by=ressourceteam&format=markdown&codings=all");
        assertTrue(md.contains("**Kommuner med ressourceteam**"), md);
        assertFalse(md.contains("ressourceteam = ja"), md);
        assertTrue(md.contains("„Sanktionen kom som et chok for mig.“ (Borger, kommune med team)"), md);
        String csv = text("export?codes=sanktioner&by=ressourceteam&format=csv&codings=all");
        assertTrue(csv.contains("Kommuner med ressourceteam"), csv);
        String explicit = text("export?codes=sanktioner&format=markdown&codings=all&template="
                + ApiIT.q("(kommune {kommune})"));
        assertTrue(explicit.contains("(Kommune A)"), "a template in the request wins: " + explicit);
    }
}
