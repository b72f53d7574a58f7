package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import dk.kodetrae.round.NewRound;
import dk.kodetrae.round.Round;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /agreement} over real HTTP. Two coders code "sanktioner" in the fixture's "samarbejde": both code the
 * sentence about the sanction, Anna to its full stop and Bo four words shorter; only Bo codes "ingen sanktioner mere "
 * (which ends just before an emoji). One other code is coded once by Anna. The expected figures are worked out here
 * from the characters each coded.
 */
class AgreementApiIT {
    private static final String BOTH = "Sanktionen kom som et chok";
    private static final String ANNA_ONLY = " for mig.";
    private static final String BO_ONLY = "ingen sanktioner mere ";

    @TempDir
    static Path dir;
    static Project project;
    static ApiServer server;
    static URI api;
    static long document;
    static long code;
    static long length;

    @BeforeAll
    static void start() {
        project = CodedFixture.open(dir);
        document = CodedFixture.document(project, "samarbejde").id();
        code = CodedFixture.code(project, "sanktioner").id();
        length = project.corpus().text(document).length();
        Span both = CodedFixture.find(project, "samarbejde", BOTH);
        project.codings().add(document, code, new Span(both.start(), both.end() + ANNA_ONLY.length()), "anna");
        project.codings().add(document, code, both, "bo");
        project.codings().add(document, code, CodedFixture.find(project, "samarbejde", BO_ONLY), "bo");
        project.codings().add(document, CodedFixture.code(project, "samarbejde").id(),
                CodedFixture.find(project, "samarbejde", "det tværfaglige samarbejde"), "anna");
        server = ApiServer.start(project, "127.0.0.1", 0);
        api = server.uri().resolve("api/v1/");
    }

    @AfterAll
    static void stop() {
        server.close();
        project.close();
    }

    private static ApiIT.Answer get(String path) throws IOException, InterruptedException {
        return ApiIT.send(HttpRequest.newBuilder(api.resolve(path)));
    }

    private static ApiIT.Answer post(String json) throws IOException, InterruptedException {
        return ApiIT.send(HttpRequest.newBuilder(api.resolve("agreement")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static JsonNode row(JsonNode report, long id) {
        for (JsonNode r : report.get("codes")) {
            if (r.get("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("no row for code " + id + " in " + report);
    }

    @Test
    void byCharacters_percentAndCohensKappa_areTheCountsOfCodedCharacters() throws Exception {
        ApiIT.Answer a = get("agreement?coders=anna,bo&documents=" + document + "&codebook=lille&minUses=3");
        assertEquals(200, a.status(), a.raw().body());
        JsonNode sanktioner = row(a.json(), code);
        double n = length;
        double annaShare = (BOTH.length() + ANNA_ONLY.length()) / n;
        double boShare = (BOTH.length() + BO_ONLY.length()) / n;
        double observed = (n - ANNA_ONLY.length() - BO_ONLY.length()) / n;
        double chance = annaShare * boShare + (1 - annaShare) * (1 - boShare);
        JsonNode f = sanktioner.get("figures");
        assertEquals(length, f.get("units").asLong(), "every character of the one document is an item");
        assertEquals(2, f.get("coders").asInt());
        assertEquals(observed, f.get("percent").asDouble(), 1e-12);
        assertEquals(chance, f.get("cohen").get("expected").asDouble(), 1e-12, "chance agreement is shown");
        assertEquals((observed - chance) / (1 - chance), f.get("cohen").get("value").asDouble(), 1e-12);
        assertTrue(f.get("fleiss").isNull(), "Fleiss' κ is for three or more coders");
        assertTrue(f.get("alphaU").get("value").asDouble() < 1, f.toString());
        assertEquals(1, sanktioner.get("uses").get("anna").asInt());
        assertEquals(2, sanktioner.get("uses").get("bo").asInt());
        assertEquals(3, sanktioner.get("totalUses").asInt());
        assertTrue(!sanktioner.get("fewUses").asBoolean(), "3 uses meet a minimum of 3");
        JsonNode once = row(a.json(), CodedFixture.code(project, "samarbejde").id());
        assertTrue(once.get("fewUses").asBoolean(), "one coding is a warning, not a verdict");
        assertEquals(0.0, once.get("figures").get("cohen").get("value").asDouble(), 1e-12,
                "only Anna used it: agreement no better than chance");
        assertEquals("manual", a.json().get("codings").asText());
        assertEquals(0, a.json().get("codersWithoutCodings").size());
    }

    @Test
    void bySentences_aSentenceCountsAsCodedByACoderWhoCodedAnyOfIt() throws Exception {
        JsonNode report = post("{\"coders\": [\"anna\", \"bo\"], \"documents\": [" + document + "], \"codes\": ["
                + code + "], \"unit\": \"sentences\"}").json();
        JsonNode f = report.get("codes").get(0).get("figures");
        long sentences = project.corpus().sentences(document).size();
        assertEquals(sentences, f.get("units").asLong());
        assertEquals((sentences - 1.0) / sentences, f.get("percent").asDouble(), 1e-12,
                "they agree on the sanction's sentence and on every uncoded one; Bo alone coded the next");
        assertEquals("sentences", report.get("unit").asText());
        assertEquals(1, report.get("codes").size(), "only the code asked for");
    }

    @Test
    void threeCoders_getFleissKappa_andEveryPair_andACoderWithoutCodingsIsNamed() throws Exception {
        JsonNode report = get("agreement?coders=anna&coders=bo,cecilie&documents=" + document + "&codes=" + code)
                .json();
        JsonNode f = report.get("codes").get(0).get("figures");
        assertEquals(3, f.get("pairs").size(), "anna–bo, anna–cecilie, bo–cecilie");
        assertTrue(f.get("cohen").isNull(), "Cohen's κ is for a pair: see pairs");
        assertTrue(f.get("fleiss").get("value").isNumber());
        assertTrue(f.get("alpha").get("value").isNumber());
        assertEquals("cecilie", report.get("codersWithoutCodings").get(0).asText());
    }

    @Test
    void disagreements_listEachPassage_withWhoCodedWhat_andTheTextAround() throws Exception {
        ApiIT.Answer a = get("agreement/disagreements?code=" + code + "&coders=anna,bo&documents=" + document
                + "&context=1");
        assertEquals(200, a.status(), a.raw().body());
        JsonNode passages = a.json().get("passages");
        assertEquals(2, passages.size(), passages.toString());
        JsonNode boundary = passages.get(0);
        assertEquals("boundary", boundary.get("kind").asText());
        assertEquals(BOTH + ANNA_ONLY, boundary.get("text").asText());
        assertEquals("anna", boundary.get("coders").get(0).get("coder").asText());
        assertEquals(1, boundary.get("coders").get(0).get("codings").size());
        JsonNode presence = passages.get(1);
        assertEquals("presence", presence.get("kind").asText());
        assertEquals(BO_ONLY, presence.get("text").asText());
        assertEquals(0, presence.get("coders").get(0).get("codings").size(), "Anna coded none of it");
        Span bo = CodedFixture.find(project, "samarbejde", BO_ONLY);
        assertEquals(bo.start(), presence.get("coders").get(1).get("codings").get(0).get("span").get("start").asInt());
        assertEquals("", presence.get("after").asText(), "one unit after would be half of the emoji 😊");
        assertEquals(" ", presence.get("before").asText());
        assertEquals("samarbejde", presence.get("document").asText());
    }

    private static HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void export_writesTheTable_asCsvWithDecimalCommas_andAsXlsx() throws Exception {
        String query = "agreement/export?coders=anna,bo&documents=" + document + "&codes=" + code;
        HttpResponse<byte[]> csv = download(query + "&format=csv-semicolon");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("kodetrae-agreement.csv"));
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals("\uFEFFcode;codings;characters;agreement_pct;cohen_kappa;chance_agreement;krippendorff_alpha;"
                + "alpha_u;note", lines[0]);
        assertTrue(lines[1].startsWith("Sanktioner;\"anna 1, bo 2\";" + length + ";"), lines[1]);
        assertTrue(lines[1].matches(".*;0,\\d+;.*"), "decimal commas: " + lines[1]);
        HttpResponse<byte[]> xlsx = download(query + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("Sanktioner", book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals(length, book.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue(), 0);
        }
        ApiIT.Answer html = get(query + "&format=html");
        assertEquals(400, html.status());
        assertEquals("agreement.format", html.json().get("code").asText());
    }

    /** While a round is open its coders are blind to each other: no figures or passages compare them until it closes. */
    @Test
    void aRound_isComparedOnlyOnceClosed_withItsDocumentsCodesAndCoders() throws Exception {
        Round round = project.rounds().open(new NewRound("runde 1", "lille", List.of(code), List.of(document),
                List.of("anna", "bo"), false, null), "mette");
        try {
            ApiIT.Answer blind = get("agreement?round=" + round.id());
            assertEquals(409, blind.status(), blind.raw().body());
            assertEquals("agreement.roundOpen", blind.json().get("code").asText());
            assertEquals(409, get("agreement?coders=anna,bo&codebook=lille").status(), "not by naming them either");
            assertEquals(409, get("agreement/disagreements?code=" + code + "&coders=bo,anna").status());
            assertEquals(200, get("agreement?coders=anna,cecilie&codebook=lille").status(),
                    "one of its coders beside another: nothing of the round is compared");
        } finally {
            project.rounds().close(round.id(), "mette");
        }
        JsonNode report = get("agreement?round=" + round.id()).json();
        assertEquals(List.of("anna", "bo"), List.of(report.get("coders").get(0).asText(),
                report.get("coders").get(1).asText()));
        assertEquals(1, report.get("documents").asInt());
        assertEquals(1, report.get("codes").size(), "the round's one code");
        assertEquals(code, report.get("codes").get(0).get("id").asLong());
        assertEquals(2, get("agreement/disagreements?round=" + round.id() + "&code=" + code).json().get("passages")
                .size());
        assertEquals(404, get("agreement?round=999").status());
    }

    @Test
    void badRequests_sayWhatIsWrong() throws Exception {
        ApiIT.Answer one = get("agreement?coders=anna&codebook=lille");
        assertEquals(400, one.status());
        assertEquals("agreement.coderCount", one.json().get("code").asText());
        assertEquals(400, get("agreement?coders=anna,bo&unit=words").status());
        assertEquals("agreement.unit", get("agreement?coders=anna,bo&unit=words").json().get("code").asText());
        ApiIT.Answer unknown = get("agreement?coders=anna,bo&documents=99999&codebook=lille");
        assertEquals(404, unknown.status());
        assertEquals("agreement.document.notFound", unknown.json().get("code").asText());
        assertEquals("agreement.id", get("agreement?coders=anna,bo&documents=x").json().get("code").asText());
        assertEquals("agreement.codeRequired", get("agreement/disagreements?coders=anna,bo").json().get("code")
                .asText());
        assertEquals(400, post("{\"coders\": [\"anna\", \"anna\"], \"codebook\": \"lille\"}").status());
    }
}
