package dk.kodetrae.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar().toString(), "serve", "--project", project.toString(), "--port", "0"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            return new ServerProcess(process, address(lines));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
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

    private static URI address(BufferedReader lines) throws IOException {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int at = line.indexOf("http://");
            if (at >= 0) {
                return URI.create(line.substring(at, line.indexOf('/', at + "http://".length()) + 1));
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
