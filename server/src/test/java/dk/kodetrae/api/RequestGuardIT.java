package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.Fixtures;
import dk.kodetrae.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defences that need no account, on a personal server over real HTTP (raw requests, so that every header is
 * as an attacker's browser or script would send it): DNS rebinding and cross-site writes are refused and change
 * nothing.
 */
class RequestGuardIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Project project;
    static ApiServer server;
    static URI uri;

    @BeforeAll
    static void start() {
        project = Fixtures.importedProject(dir);
        server = ApiServer.start(project, "127.0.0.1", 0);
        uri = server.uri();
    }

    @AfterAll
    static void stop() {
        server.close();
        project.close();
    }

    record Answer(int status, String head, String body) {
        String code() throws IOException {
            return JSON.readTree(body).path("code").asText();
        }
    }

    /** One HTTP/1.1 request as bytes on a socket; {@code headers} are complete lines without the line ends. */
    static Answer raw(String method, String path, String host, String body, String... headers) throws IOException {
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            request.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String answer = all.toString(StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, split);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, answer.substring(split + 4));
        }
    }

    private static String self() {
        return "127.0.0.1:" + uri.getPort();
    }

    private static int documents() {
        return project.corpus().documents().size();
    }

    @Test
    void aForeignHostName_isRefusedForThePageAndEveryApiCall_andNothingIsDone() throws Exception {
        int before = documents();
        Answer page = raw("GET", "/", "evil.example", "");
        assertEquals(421, page.status());
        assertEquals("request.host", page.code());
        assertTrue(!page.body().contains("<html"), "no page for a rebound name");
        Answer read = raw("GET", "/api/v1/documents", "evil.example:" + uri.getPort(), "");
        assertEquals(421, read.status());
        assertTrue(!read.body().contains("mentor"), read.body());
        Answer write = raw("POST", "/api/v1/reindex", "evil.example", "", "X-Kodetrae: 1");
        assertEquals(421, write.status());
        assertEquals(before, documents());
    }

    @Test
    void theServersOwnNames_areServed() throws Exception {
        assertEquals(200, raw("GET", "/", self(), "").status());
        assertEquals(200, raw("GET", "/api/v1/documents", "localhost:" + uri.getPort(), "").status());
        assertEquals(200, raw("GET", "/api/v1/project", "LOCALHOST", "").status());
    }

    @Test
    void crossSiteForms_textPlainUrlencodedAndMultipart_changeNothing() throws Exception {
        int before = documents();
        String boundary = "----kodetrae";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"plant.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\nI: Plantet interview.\r\n--" + boundary + "--\r\n";
        for (String[] form : new String[][]{
            {"multipart/form-data; boundary=" + boundary, multipart},
            {"application/x-www-form-urlencoded", "a=b"},
            {"text/plain", "{\"documentId\":1}"}}) {
            Answer a = raw("POST", "/api/v1/import", self(), form[1], "Content-Type: " + form[0],
                    "Origin: http://127.0.0.1:9", "Sec-Fetch-Site: same-site");
            assertEquals(403, a.status(), form[0]);
            assertEquals("request.crossSite", a.code());
        }
        assertEquals(403, raw("POST", "/api/v1/import", self(), multipart,
                "Content-Type: multipart/form-data; boundary=" + boundary).status(), "no proof header, no origin");
        assertEquals(before, documents());
    }

    @Test
    void theProofHeader_fromAnotherOrigin_orAnOpaqueOne_isRefused() throws Exception {
        for (String[] foreign : new String[][]{{"Origin: http://evil.example"}, {"Origin: null"},
            {"Origin: http://127.0.0.1:1"}, {"Sec-Fetch-Site: cross-site"}, {"Sec-Fetch-Site: same-site"}}) {
            Answer a = raw("POST", "/api/v1/reindex", self(), "", "X-Kodetrae: 1", foreign[0]);
            assertEquals(403, a.status(), foreign[0]);
        }
    }

    @Test
    void theProofHeaderFromTheSameOrigin_isServed() throws Exception {
        Answer a = raw("PUT", "/api/v1/documents/mentor/attributes/kommune", self(),
                "{\"value\": \"Østerby\", \"actor\": \"vagt\"}", "X-Kodetrae: 1", "Content-Type: application/json",
                "Origin: http://" + self(), "Sec-Fetch-Site: same-origin");
        assertEquals(200, a.status(), a.body());
    }

    @Test
    void aPersonalServer_refusesToListenOnTheNetwork() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ApiServer.start(project, "0.0.0.0", 0));
        assertTrue(refused.getMessage().contains("--team"), refused.getMessage());
    }
}
