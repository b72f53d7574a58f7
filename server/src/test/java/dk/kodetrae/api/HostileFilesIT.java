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
        return upload(name, content, null, null, expectedStatus);
    }

    /** Uploads one file and, unless {@code manifestName} is null, a manifest beside it. */
    private static JsonNode upload(String name, byte[] content, String manifestName, byte[] manifest,
                                   int expectedStatus) throws IOException, InterruptedException {
        String boundary = "kodetrae-hostile-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "files", name, content);
        if (manifestName != null) {
            part(body, boundary, "manifest", manifestName, manifest);
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(api.resolve("import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).timeout(Duration.ofMinutes(5))
                .header("X-Kodetrae", "1").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(expectedStatus, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String field, String name, byte[] content)
            throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
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

    @Test
    void aWindows1252Manifest_isRefusedNamingItsFileAndLine_andNothingIsImported() throws Exception {
        int before = documents();
        byte[] manifest = "document,by\nsamtale-i-aarhus,\u00C5rhus\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals((byte) 0xC5, manifest[manifest.length - 6], "Å is the one byte Windows-1252 writes");
        JsonNode refused = upload("samtale-i-aarhus.txt", "I: Hvor bor du?\n\nR: I Århus.\n"
                .getBytes(StandardCharsets.UTF_8), "kommuner.csv", manifest, 400);
        assertRefused(refused, "kommuner.csv line 2", "not valid UTF-8 (byte 29 is 0xC5)");
        assertEquals("import.encoding.notUtf8", refused.get("problemCodes").get(0).get("code").asText(),
                refused.toString());
        assertEquals(before, documents());
        assertTrue(project.corpus().documentNamed("samtale-i-aarhus").isEmpty());
    }

    @Test
    void utf16WithoutAByteOrderMark_isRefusedSayingHowToSaveIt() throws Exception {
        int before = documents();
        byte[] utf16 = "I: How was it?\r\n\r\nR: Fine, thanks.\r\n".getBytes(StandardCharsets.UTF_16LE);
        JsonNode refused = upload("notepad-interview.txt", utf16, 400);
        assertRefused(refused, "notepad-interview.txt", "UTF-16 text without a byte-order mark");
        assertTrue(refused.get("problems").get(0).asText().contains("save it as UTF-8"), refused.toString());
        byte[] danish = "I: Hvordan gik det?\n\nR: Godt, på jobcentret.\n".getBytes(StandardCharsets.UTF_16BE);
        assertRefused(upload("interview-be.txt", danish, 400), "interview-be.txt", "UTF-16 text without");
        assertEquals(before, documents());
    }

    @Test
    void textWithANulCharacter_isRefusedNamingTheLine() throws Exception {
        int before = documents();
        String text = "I: Hvordan gik det med praktikken på jobcentret i sidste uge?\n\nR: Godt, min mentor sagde,"
                + " at den skulle forlænges.\u0000\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int nul = text.substring(0, text.indexOf('\u0000')).getBytes(StandardCharsets.UTF_8).length;
        JsonNode refused = upload("nul-tegn.txt", bytes, 400);
        assertRefused(refused, "nul-tegn.txt line 3", "a NUL character (byte " + nul + ")");
        assertEquals(before, documents());
    }

    @Test
    void utf16WithAByteOrderMark_isStillImported() throws Exception {
        byte[] text = "\uFEFFI: Hvordan gik det i Århus?\n\nR: Godt.\n".getBytes(StandardCharsets.UTF_16LE);
        JsonNode report = upload("bom-interview.txt", text, 200);
        assertEquals("bom-interview", report.get("documentNames").get(0).asText());
        long id = project.corpus().documentNamed("bom-interview").orElseThrow().id();
        assertTrue(project.corpus().text(id).startsWith("I: Hvordan gik det i Århus?"), project.corpus().text(id));
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
