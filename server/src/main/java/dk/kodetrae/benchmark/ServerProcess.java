package dk.kodetrae.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code kodetrae serve} in a child JVM, started from the same jar and Java as the benchmark: what a user runs,
 * measured from outside so the load generator's own work does not share the server's JVM.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final URI uri;

    private ServerProcess(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Starts serving {@code project} on a free port and returns once the server has printed its address. */
    static ServerProcess start(Path project, List<String> jvmFlags) throws IOException {
        ServerProcess server = launch(project, jvmFlags);
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(server.process.getInputStream(),
                    StandardCharsets.UTF_8));
            awaitAddress(lines);
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Starts serving {@code project} on a free port and returns at once, the server still starting. */
    static ServerProcess launch(Path project, List<String> jvmFlags) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar().toString(), "serve", "--project", project.toString(), "--port",
                Integer.toString(port)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new ServerProcess(process, URI.create("http://127.0.0.1:" + port + "/"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The page's address, e.g. {@code http://127.0.0.1:41234/}. */
    URI uri() {
        return uri;
    }

    private static Path jar() {
        try {
            return Path.of(ServerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the benchmark runs from a jar with a file location", e);
        }
    }

    private static void awaitAddress(BufferedReader lines) throws IOException {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.contains("http://")) {
                return;
            }
        }
        throw new IOException("the server stopped before printing its address");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
