package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.Fixtures;
import dk.kodetrae.project.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REFI-QDA over real HTTP: export a coded project as .qdpx, import it into another project's server. */
class RefiQdaApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    private static HttpResponse<byte[]> get(URI api, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(api.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> upload(URI api, String name, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "kodetrae-refi-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(api.resolve("refi-qda?actor=ane"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Kodetrae", "1").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.add(e.getName());
            }
        }
        return out;
    }

    @Test
    void exportedProject_importsIntoAnotherProject_andASecondImportIsRefusedWithTheReason() throws Exception {
        byte[] qdpx;
        try (Project a = CodedFixture.open(dir.resolve("a")); ApiServer server = ApiServer.start(a, "127.0.0.1", 0)) {
            a.codings().add(CodedFixture.document(a, "samarbejde").id(), CodedFixture.code(a, "sanktioner").id(),
                    CodedFixture.find(a, "samarbejde", "ingen sanktioner mere 😊 Søren og Åse"), "ane");
            URI api = server.uri().resolve("api/v1/");
            HttpResponse<byte[]> export = get(api, "refi-qda/project.qdpx");
            assertEquals(200, export.statusCode());
            assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains(".qdpx"));
            qdpx = export.body();
            assertTrue(entries(qdpx).contains("project.qde"), entries(qdpx).toString());
            assertEquals(5, entries(qdpx).size(), "project.qde and the four documents as sources/<guid>.txt");
            HttpResponse<byte[]> qdc = get(api, "refi-qda/codebooks/lille.qdc");
            assertEquals(200, qdc.statusCode());
            assertTrue(new String(qdc.body(), StandardCharsets.UTF_8).contains("urn:QDA-XML:codebook:1.0"));
            assertEquals(404, get(api, "refi-qda/codebooks/findes-ikke.qdc").statusCode());
        }
        try (Project b = Project.open(dir.resolve("b"), Fixtures.CLOCK);
             ApiServer server = ApiServer.start(b, "127.0.0.1", 0)) {
            URI api = server.uri().resolve("api/v1/");
            HttpResponse<String> first = upload(api, "fixtur.qdpx", qdpx);
            assertEquals(200, first.statusCode(), first.body());
            JsonNode report = JSON.readTree(first.body());
            assertEquals(4, report.get("documents").size());
            assertEquals(1, report.get("codings").asInt());
            assertEquals("code_points", report.get("convention").asText().toLowerCase(java.util.Locale.ROOT));
            long doc = b.corpus().documentNamed("samarbejde").orElseThrow().id();
            var coding = b.codings().forDocument(doc).getFirst();
            assertEquals("ingen sanktioner mere 😊 Søren og Åse",
                    b.corpus().text(doc).substring(coding.span().start(), coding.span().end()));
            HttpResponse<String> again = upload(api, "fixtur.qdpx", qdpx);
            assertEquals(400, again.statusCode());
            JsonNode error = JSON.readTree(again.body());
            assertTrue(error.get("problems").toString().contains("already has a document named 'samarbejde'"),
                    again.body());
            assertEquals(4, b.corpus().documents().size(), "the refused import changed nothing");
            HttpResponse<String> wrongType = upload(api, "noter.txt", "hej".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, wrongType.statusCode());
            assertTrue(wrongType.body().contains(".qdpx"), wrongType.body());
        }
    }
}
