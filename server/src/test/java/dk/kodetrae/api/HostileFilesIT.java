package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.Fixtures;
import dk.kodetrae.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that would produce more than any interview does are refused through the page's upload, with a message
 * naming the file and the limit, before they can fill the memory, and the project is left as it was (issue 25).
 */
class HostileFilesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String[] WORDS = {"jeg", "har", "været", "på", "jobcentret", "og", "min", "mentor",
        "sagde", "at", "praktikken", "skulle", "forlænges", "sanktion", "rådgiver", "Åse", "Søren", "ærlig", "ikke"};

    @TempDir
    static Path dir;
    static Project project;
    static ApiServer server;
    static URI api;

    @BeforeAll
    static void start() {
        project = Fixtures.importedProject(dir);
        server = ApiServer.start(project, "127.0.0.1", 0);
        api = server.uri().resolve("api/v1/");
    }

    @AfterAll
    static void stop() {
        server.close();
        project.close();
    }

    private static JsonNode upload(String name, byte[] content, int expectedStatus)
            throws IOException, InterruptedException {
        String boundary = "kodetrae-hostile-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(api.resolve("import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).timeout(Duration.ofMinutes(5))
                .header("X-Kodetrae", "1").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(expectedStatus, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static int documents() {
        return project.corpus().documents().size();
    }

    /** Turns of an interview in words drawn with a fixed seed: text that compresses like real text does. */
    private static String interview(int turns, int wordsPerTurn) {
        Random random = new Random(25);
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < turns; t++) {
            text.append(t % 2 == 0 ? "I:" : "R:");
            for (int w = 0; w < wordsPerTurn; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(".\n\n");
        }
        return text.toString();
    }

    private static void assertRefused(JsonNode answer, String file, String why) {
        String problem = answer.get("problems").get(0).asText();
        assertTrue(problem.contains(file) && problem.contains(why), problem);
    }

    @Test
    void aDocxWhoseTextPartIsTensOfMegabytes_isRefusedBeforeItIsRead() throws Exception {
        int before = documents();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        String paragraphs = interview(2_000, 12).replace("\n\n", "\n");
        while (xml.length() < 27 * 1024 * 1024) {
            for (String line : paragraphs.split("\n")) {
                xml.append("<w:p><w:r><w:t>").append(line).append("</w:t></w:r></w:p>");
            }
        }
        xml.append("</w:body></w:document>");
        long started = System.nanoTime();
        JsonNode refused = upload("kæmpe-interview.docx", docx(xml.toString()), 400);
        assertRefused(refused, "kæmpe-interview.docx", "text part is larger than 25 MB");
        assertTrue(System.nanoTime() - started < 30_000_000_000L, "refused without reading the document");
        assertEquals(before, documents());
    }

    @Test
    void aTranscriptOfMoreThanTwoMillionCharacters_isRefused_andNothingIsChanged() throws Exception {
        int before = documents();
        String text = interview(6_000, 60);
        assertTrue(text.length() > 2_000_000);
        JsonNode refused = upload("meget-langt.txt", text.getBytes(StandardCharsets.UTF_8), 400);
        assertRefused(refused, "meget-langt.txt", text.length() + " characters, more than the 2000000");
        assertEquals(before, documents());
    }

    @Test
    void aTranscriptOfTwentyFiveThousandTurns_isRefused_andNothingIsChanged() throws Exception {
        int before = documents();
        JsonNode refused = upload("mange-ture.txt", interview(25_000, 1).getBytes(StandardCharsets.UTF_8), 400);
        assertRefused(refused, "mange-ture.txt", "25000 speaker turns, more than the 20000");
        assertEquals(before, documents());
    }

    @Test
    void fileNamesWithDanishLetters_keepThemThroughTheUpload() throws Exception {
        JsonNode report = upload("Østerbro-æøå.txt", "I: Hvordan gik det?\n\nR: Godt, tak.\n"
                .getBytes(StandardCharsets.UTF_8), 200);
        assertEquals("Østerbro-æøå", report.get("documentNames").get(0).asText());
        assertTrue(project.corpus().documentNamed("Østerbro-æøå").isPresent());
    }

    private static byte[] docx(String documentXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
                    + " ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", documentXml);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
