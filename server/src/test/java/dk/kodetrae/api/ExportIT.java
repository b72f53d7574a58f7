package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * {@code GET /export} over real HTTP on the fixture project, where the rule of "sanktioner" auto-codes the sentence
 * "Nu er der ingen sanktioner mere 😊 Søren og Åse på jobcentret er enige om, at det var en fejl." and a coder has
 * coded its first words by hand with the same code: the nested case of issue 18 §4.
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
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
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
        HttpResponse<byte[]> r = export("format=markdown");

        assertEquals(200, r.statusCode(), text(r));
        String md = text(r);
        assertEquals(1, occurrences(md, NESTED), md);
        assertTrue(md.contains("> „" + SENTENCE + "“ (Borger, kommune med ressourceteam)"), md);
        assertTrue(md.contains("2 citater fra 3 kodninger; 1 kodning, der overlappede en anden kodning af samme kode"
                + " i samme dokument, er slået sammen med den."), md);
        assertEquals("2", r.headers().firstValue("X-Kodetrae-Quotes").orElse(""));
        assertEquals("3", r.headers().firstValue("X-Kodetrae-Codings").orElse(""));
    }

    @Test
    void html_andDocx_printTheNestedSentenceOnce() throws Exception {
        String html = text(export("format=html"));
        assertEquals(1, occurrences(html, NESTED), html);

        HttpResponse<byte[]> docx = export("format=docx");
        assertEquals(200, docx.statusCode());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals(1, paragraphs.stream().filter(p -> p.contains(NESTED)).count(), paragraphs.toString());
        }
    }

    @Test
    void csv_keepsOneRowPerCoding_andGivesTheMergedCodingsOneQuoteNumber() throws Exception {
        List<String> rows = text(export("format=csv")).lines().skip(1).toList();

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
}
