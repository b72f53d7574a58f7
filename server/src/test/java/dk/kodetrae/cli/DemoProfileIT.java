package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command serves the demo from Maven's demo profile. Killed by its id, Maven cannot stop the
 * server it started, so the server watches Maven and ends with it. This runs the profile's own execution through the
 * wrapper, offline, with the demo project in a temporary data directory and a free port.
 */
class DemoProfileIT {
    private static final Pattern SERVING = Pattern.compile("Kodetræ is serving .* at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;
    Process maven;

    @AfterEach
    void cleanUp() {
        if (maven != null) {
            maven.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
    }

    @Test
    void killingMaven_endsTheDemoServerItStarted() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder(root.resolve("mvnw").toString(), "-o", "-q", "-f",
                root.resolve("server/pom.xml").toString(), "-Pdemo", "exec:exec@run-demo", "-Ddemo.port=0")
                .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("XDG_DATA_HOME", data.toString());
        maven = pb.start();

        URI uri = servingAddress(maven).get(240, TimeUnit.SECONDS);
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode());
        List<ProcessHandle> servers = maven.toHandle().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("kodetrae.jar")).toList();
        assertEquals(1, servers.size(), "one server process under Maven");
        assertTrue(Files.isDirectory(data.resolve("kodetrae/demo")), "the demo project is in the temporary folder");

        maven.toHandle().destroyForcibly();
        assertTrue(maven.waitFor(30, TimeUnit.SECONDS), "Maven was killed");

        ProcessHandle server = servers.getFirst();
        // The server notices by polling (Maven is not its child); on a loaded machine that and its shutdown take a while.
        server.onExit().get(90, TimeUnit.SECONDS);
        assertTrue(!server.isAlive(), "the server ended with Maven");
        assertThrows(ConnectException.class, () -> HTTP.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.discarding()), "nothing listens on " + uri + " any more");
    }

    /** Reads Maven's output until the server says where it listens; the rest is drained so Maven never blocks. */
    private static CompletableFuture<URI> servingAddress(Process maven) {
        CompletableFuture<URI> address = new CompletableFuture<>();
        StringBuilder seen = new StringBuilder();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        address.complete(URI.create(m.group(1)));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new AssertionError("Maven ended without serving the demo:\n" + seen));
        });
        return address;
    }
}
