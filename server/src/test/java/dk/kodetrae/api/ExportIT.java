package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import dk.kodetrae.project.ProjectSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /export}, {@code /compare}, {@code /retrieve} and {@code /codes/{id}/passages} over real HTTP on the fixture
 * project, where the rule of "sanktioner" auto-codes two sentences, among them "Nu er der ingen sanktioner mere 😊 Søren
 * og Åse på jobcentret er enige om, at det var en fejl.", and a coder has coded its first words by hand with the same
 * code: the nested case of issue 18 §4. Nobody has reviewed the rule's codings, so by default only the manual one
 * counts (issue 18 §2); {@code codings=all} takes the rule's too.
 */
class ExportIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String NESTED = "Nu er der ingen sanktioner mere 😊";
    private static final String SENTENCE = NESTED + " Søren og Åse på jobcentret er enige om, at det var en fejl.";

    @TempDir
    static Path dir;
    static Project project;
    static ApiServer server;
    static URI api;

    @BeforeAll
    static void start() throws Exception {
        project = CodedFixture.open(dir);
        project.settings().update(new ProjectSettings(null, null,
                "({rolle}, {ressourceteam=ja?kommune med ressourceteam|kommune uden ressourceteam})", Map.of()), "test");
        server = ApiServer.start(project, "127.0.0.1", 0);
        api = server.uri().resolve("api/v1/");
        long code = CodedFixture.code(project, "sanktioner").id();
        assertEquals(200, post("codes/" + code + "/autocode", "{\"actor\":\"regel\"}").statusCode());
        Span nested = CodedFixture.find(project, "samarbejde", NESTED);
        HttpResponse<String> added = post("codings", "{\"documentId\":"
                + CodedFixture.document(project, "samarbejde").id() + ",\"codeId\":" + code + ",\"start\":"
                + nested.start() + ",\"end\":" + nested.end() + ",\"coder\":\"mette\"}");
        assertEquals(201, added.statusCode(), added.body());
    }

    @AfterAll
    static void stop() {
        server.close();
        project.close();
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .header("X-Kodetrae", "1").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> export(String query) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(api.resolve("export?codebook=lille&codes=sanktioner&" + query))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static int occurrences(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void markdown_printsTheNestedSentenceOnce_andSaysHowManyCodingsItMerged() throws Exception {
        HttpResponse<byte[]> r = export("format=markdown&codings=all");

        assertEquals(200, r.statusCode(), text(r));
        String md = text(r);
        assertEquals(1, occurrences(md, NESTED), md);
        assertTrue(md.contains("> „" + SENTENCE + "“ (Borger, kommune med ressourceteam)"), md);
        assertTrue(md.contains("> „" + SENTENCE + "“ (Borger, kommune med ressourceteam) *(automatisk kodet, ikke"
                + " gennemset)*"), "the quote holds an unreviewed auto coding: " + md);
        assertTrue(md.contains("2 citater fra 3 kodninger; 1 kodning, der overlappede en anden kodning af samme kode"
                + " i samme dokument, er slået sammen med den."), md);
        assertEquals("2", r.headers().firstValue("X-Kodetrae-Quotes").orElse(""));
        assertEquals("3", r.headers().firstValue("X-Kodetrae-Codings").orElse(""));
    }

    @Test
    void html_andDocx_printTheNestedSentenceOnce() throws Exception {
        String html = text(export("format=html&codings=all"));
        assertEquals(1, occurrences(html, NESTED), html);

        HttpResponse<byte[]> docx = export("format=docx&codings=all");
        assertEquals(200, docx.statusCode());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals(1, paragraphs.stream().filter(p -> p.contains(NESTED)).count(), paragraphs.toString());
        }
    }

    @Test
    void csv_keepsOneRowPerCoding_andGivesTheMergedCodingsOneQuoteNumber() throws Exception {
        List<String> rows = text(export("format=csv&codings=all")).lines().skip(1).toList();

        assertEquals(3, rows.size(), rows.toString());
        List<String> quoteAndCoder = rows.stream().map(row -> row.split(",")[0] + " " + row.split(",")[8]).toList();
        assertEquals(List.of("1 regel", "2 mette", "2 regel"), quoteAndCoder, "first the sentence about the shock,"
                + " then the manual coding and the auto-coded sentence it lies in (same start, shorter first)");
    }

    @Test
    void anUnknownFormat_isA400NamingTheChoices() throws Exception {
        HttpResponse<byte[]> r = export("format=pdf");

        assertEquals(400, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.get("detail").asText().contains("docx, markdown, html, csv, csv-semicolon or xlsx"), body.toString());
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(api.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void export_byDefault_leavesUnreviewedAutoCodingsOut_andSaysWhichCodingsItHolds() throws Exception {
        String md = text(export("format=markdown"));

        assertTrue(md.contains("Manuelle kodninger og accepterede automatiske kodninger. 1 citat fra 1 kodning."), md);
        assertTrue(md.contains("> „" + NESTED + "“ (Borger, kommune med ressourceteam)\n"), md);
        assertFalse(md.contains("Sanktionen kom som et chok"), "the rule's other sentence is not reviewed: " + md);
    }

    @Test
    void csv_carriesOriginAndReviewColumns() throws Exception {
        List<String> lines = text(export("format=csv&codings=all")).lines().toList();

        assertTrue(lines.getFirst().contains(",coder,origin,rule,review,reviewer,reviewed_at,text,"), lines.getFirst());
        List<String> provenance = lines.stream().skip(1).map(l -> String.join(",",
                List.of(l.split(",")).subList(8, 12))).toList();
        assertEquals(List.of("regel,auto,sanktion,unreviewed", "mette,manual,,none", "regel,auto,sanktion,unreviewed"),
                provenance);
    }

    @Test
    void compare_countsByTheFilter_andShowsUnreviewedAutoCodingsApart() throws Exception {
        JsonNode reviewed = json("compare?codebook=lille&by=kommune");
        JsonNode all = json("compare?codebook=lille&by=kommune&codings=all");

        assertEquals("reviewed", reviewed.get("codings").asText().toLowerCase(java.util.Locale.ROOT));
        assertEquals(1, sanktioner(reviewed).get("total").get("passages").asInt(), "the manual coding");
        assertEquals(3, sanktioner(all).get("total").get("passages").asInt(), "and the rule's two");
        assertEquals(2, sanktioner(reviewed).get("total").get("unreviewed").asInt());
        assertEquals(2, sanktioner(all).get("total").get("unreviewed").asInt());
    }

    private static JsonNode sanktioner(JsonNode table) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("key").asText().equals("sanktioner")) {
                return row;
            }
        }
        throw new AssertionError("no sanktioner row in " + table);
    }

    @Test
    void retrievalAndTheCodeView_takeTheSameFilter() throws Exception {
        long code = CodedFixture.code(project, "sanktioner").id();

        assertEquals(1, json("codes/" + code + "/passages").get("total").asInt());
        assertEquals(3, json("codes/" + code + "/passages?codings=all").get("total").asInt());
        assertEquals(1, json("codes/" + code + "/passages?codings=manual").get("total").asInt());
        assertEquals("unreviewed", json("codes/" + code + "/passages?codings=all").get("passages").get(0)
                .get("review").asText());
        assertEquals(1, json("retrieve?codes=" + URLEncoder.encode("code:sanktioner", StandardCharsets.UTF_8))
                .get("total").asInt());
        assertEquals(2, json("retrieve?codings=all&codes=" + URLEncoder.encode("code:sanktioner",
                StandardCharsets.UTF_8)).get("total").asInt(), "two sentences");
    }

    @Test
    void anUnknownCodingFilter_isA400WithItsCode() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(api.resolve("compare?codebook=lille&by=kommune"
                + "&codings=alle")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(400, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("codings.filter", body.get("code").asText(), body.toString());
        assertTrue(body.get("detail").asText().contains("manual, reviewed or all"), body.toString());
    }
}
