package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchRequest;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-document imports over HTTP, as the page sends them: an answered import is in the store and searchable, it
 * survives the server being killed right after the answer (the index commits later, and is rebuilt from the store
 * when it is behind), and an index that fails after the store committed makes the answer say so instead of an error.
 */
class ImportDurabilityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern ADDRESS = Pattern.compile("(http://\\S+/)");
    private static final int UPLOADS = 12;

    @TempDir
    Path dir;

    /** A short interview whose respondent says a word no other transcript has: {@code mærke<n>}. */
    private static byte[] transcript(int n) {
        return ("I: Hvordan gik mødet på jobcentret?\n\nR: Det gik godt 😊, jeg følte mig hørt, og sagsbehandleren"
                + " var åben. Vi aftalte næste skridt, mærke" + n + ".\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importWhoseIndexFails_afterTheStoreCommitted_answersThatItWasSavedAndTheIndexRebuilt() throws Exception {
        try (Project project = Project.open(dir); ApiServer server = ApiServer.start(project, "127.0.0.1", 0)) {
            URI api = server.uri().resolve("api/v1/");
            Path index = dir.resolve(Project.INDEX);
            long generation = commitGeneration(index);
            assertEquals(200, upload(api, "første.txt", transcript(1)).statusCode());
            // The index commits a moment after the answer; the lock must go after that commit, so the next import meets it.
            awaitCommitAfter(index, generation);
            // Another process (or a person) removing the lock file makes Lucene refuse every later write to the index.
            Files.delete(index.resolve("write.lock"));

            HttpResponse<String> answer = upload(api, "anden.txt", transcript(2));

            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode report = JSON.readTree(answer.body());
            assertEquals("anden", report.get("documentNames").get(0).asText());
            JsonNode warning = report.get("warnings").get(0);
            assertEquals("import.indexRebuilt", warning.get("code").asText(), answer.body());
            assertFalse(warning.get("params").get("failure").asText().isBlank());
            assertTrue(warning.get("message").asText().startsWith("the documents were saved"));
            assertEquals(1, hits(api, "mærke2"), "the rebuilt index finds the new document");
            assertEquals(1, hits(api, "mærke1"), "and the one before");

            HttpResponse<String> next = upload(api, "tredje.txt", transcript(3));
            assertEquals(200, next.statusCode(), next.body());
            assertEquals(0, JSON.readTree(next.body()).get("warnings").size(), next.body());
            assertEquals(1, hits(api, "mærke3"));
        }
    }

    @RepeatedTest(3)
    void answeredImports_surviveSigkillRightAfterTheAnswer(RepetitionInfo repetition) throws Exception {
        int killAfter = 1 + new Random(20261208L + repetition.getCurrentRepetition()).nextInt(UPLOADS - 1);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dk.kodetrae.cli.Main", "serve", "--create", "--project", dir.toString(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Integer> answered = new ArrayList<>();
        try {
            URI api = address(server).resolve("api/v1/");
            for (int n = 1; n <= killAfter; n++) {
                HttpResponse<String> answer = upload(api, "interview-" + n + ".txt", transcript(n));
                assertEquals(200, answer.statusCode(), answer.body());
                answered.add(n);
            }
            server.destroyForcibly();
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }

        try (Project reopened = Project.open(dir)) {
            assertEquals(answered.size(), reopened.corpus().documents().size());
            for (int n : answered) {
                assertEquals(1, reopened.index().search(SearchRequest.of("mærke" + n)).total(),
                        "interview-" + n + " was answered, so it must be found after the kill");
            }
        }
    }

    private static long commitGeneration(Path index) throws IOException {
        try (Directory d = FSDirectory.open(index)) {
            return SegmentInfos.getLastCommitGeneration(d);
        }
    }

    private static void awaitCommitAfter(Path index, long generation) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (commitGeneration(index) <= generation) {
            assertTrue(System.nanoTime() < deadline, "the index did not commit within a minute of the import");
            Thread.sleep(20);
        }
    }

    private static URI address(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = ADDRESS.matcher(line);
            if (m.find()) {
                return URI.create(m.group(1));
            }
        }
        throw new IOException("the server ended before printing its address");
    }

    private static int hits(URI api, String word) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(api.resolve("search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("total").asInt();
    }

    private static HttpResponse<String> upload(URI api, String name, byte[] content) throws Exception {
        String boundary = "kodetrae-durability";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(api.resolve("import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Kodetrae", "1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
