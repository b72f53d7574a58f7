package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.Fixtures;
import dk.kodetrae.cli.Main;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project always opens, whatever its index or its store holds (issue 25): a damaged index is rebuilt from the
 * store, and a rebuild that meets a document it cannot index stops there and says so, while the server serves.
 */
class IndexRecoveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static JsonNode get(URI api, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(api.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void bytesFlippedInsideASegment_areDetectedAtOpen_andTheIndexIsRebuiltFromTheStore() throws Exception {
        int sanktion;
        try (Project p = Fixtures.importedProject(dir)) {
            sanktion = p.index().search(dk.kodetrae.search.SearchRequest.of("sanktion")).total();
        }
        assertTrue(sanktion > 0);
        Path segment = largestSegmentFile(dir.resolve(Project.INDEX));
        flipBytesInTheMiddle(segment);

        try (Project p = Project.open(dir); ApiServer server = ApiServer.start(p, "127.0.0.1", 0)) {
            URI api = server.uri().resolve("api/v1/");
            JsonNode index = get(api, "project").get("index");
            assertTrue(index.get("complete").asBoolean(), index.toString());
            assertTrue(index.get("note").asText().contains("the search index was damaged")
                    && index.get("note").asText().contains("has been rebuilt from the store"), index.toString());
            assertEquals(sanktion, get(api, "search?q=sanktion").get("total").asInt());
            assertTrue(get(api, "search?q=samarbejde").get("hits").size() > 0);
        }
        try (Project p = Project.open(dir)) {
            assertFalse(p.index().rebuiltOnOpen(), "the rebuilt index is current and sound at the next open");
        }
    }

    @Test
    void aDocumentThatCannotBeIndexed_stopsTheRebuild_andTheProjectStillOpensSearchesAndSaysWhy() throws Exception {
        int documents;
        try (Project p = Fixtures.importedProject(dir)) {
            documents = p.corpus().documents().size();
        }
        // A turn that ends past its document's text: indexing that document throws, as a document too large for
        // the memory did on every start.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Project.DATABASE));
             PreparedStatement damage = c.prepareStatement("UPDATE turn SET end_offset = end_offset + 1000000"
                     + " WHERE document_id = (SELECT id FROM document WHERE name = 'mentor')")) {
            assertTrue(damage.executeUpdate() > 0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        deleteRecursively(dir.resolve(Project.INDEX));

        try (Project p = Project.open(dir); ApiServer server = ApiServer.start(p, "127.0.0.1", 0)) {
            URI api = server.uri().resolve("api/v1/");
            JsonNode index = get(api, "project").get("index");
            assertFalse(index.get("complete").asBoolean(), index.toString());
            assertEquals("mentor", index.get("document").asText());
            assertTrue(index.get("note").asText().contains("the document 'mentor' could not be indexed"),
                    index.toString());
            JsonNode search = get(api, "search?q=jobcentret");
            assertTrue(search.get("indexIncomplete").asText().contains("'mentor' could not be indexed"),
                    search.toString());
            assertEquals(documents, get(api, "documents").size(), "the store is served whole");
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"search", "--project", dir.toString(), "jobcentret"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("warning: the search index is incomplete: the document 'mentor' could not"
                + " be indexed"), err.toString());
    }

    private static Path largestSegmentFile(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("segments")
                            && !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(IndexRecoveryIT::size)).orElseThrow();
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void flipBytesInTheMiddle(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(file, bytes);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
