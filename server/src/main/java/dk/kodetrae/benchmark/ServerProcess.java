package dk.kodetrae.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * {@code kodetrae serve} in a child JVM, started from the same jar and Java as the benchmark: what a user runs,
 * measured from outside so the load generator's own work does not share the server's JVM.
 */
final class ServerProcess implements AutoCloseable {
    /** The JVM options the demo serves with ({@code server-jvm.options}, packaged in the jar). */
    static final List<String> SERVER_OPTIONS = serverOptions();

    private final Process process;
    private final URI uri;

    private ServerProcess(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Starts serving {@code project} on a free port and returns once the server has printed its address. */
    static ServerProcess start(Path project, List<String> jvmFlags) throws IOException {
        return start(project, jar(), jvmFlags);
    }

    /**
     * As {@link #start(Path, List)}, but serving from the build {@code jar} (e.g. the commit before a change, to
     * measure both with the same benchmark).
     */
    static ServerProcess start(Path project, Path jar, List<String> jvmFlags) throws IOException {
        return start(List.of("--project", project.toString()), jar, jvmFlags);
    }

    /** Starts {@code serve} with these arguments (and a free port), once the server has printed its address. */
    static ServerProcess start(List<String> serveArguments, List<String> jvmFlags) throws IOException {
        return start(serveArguments, jar(), jvmFlags);
    }

    private static ServerProcess start(List<String> serveArguments, Path jar, List<String> jvmFlags)
            throws IOException {
        ServerProcess server = launch(serveArguments, jar, jvmFlags);
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
        return launch(List.of("--project", project.toString()), jar(), jvmFlags);
    }

    private static ServerProcess launch(List<String> serveArguments, Path jar, List<String> jvmFlags)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar.toString(), "serve"));
        command.addAll(serveArguments);
        command.addAll(List.of("--port", Integer.toString(port)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new ServerProcess(process, URI.create("http://127.0.0.1:" + port + "/"));
    }

    /** The options of the argument file: what is not a {@code #} comment, split at white space. */
    private static List<String> serverOptions() {
        try (InputStream in = ServerProcess.class.getResourceAsStream("/server-jvm.options")) {
            if (in == null) {
                throw new IllegalStateException("server-jvm.options is missing from this build");
            }
            return options(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read server-jvm.options", e);
        }
    }

    /** The serving options packaged in the build {@code jar}, which may be another build than this one. */
    static List<String> serverOptions(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry entry = file.getJarEntry("server-jvm.options");
            if (entry == null) {
                throw new IllegalStateException("server-jvm.options is missing from " + jar);
            }
            try (InputStream in = file.getInputStream(entry)) {
                return options(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read server-jvm.options in " + jar, e);
        }
    }

    private static List<String> options(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .flatMap(line -> Arrays.stream(line.split("\\s+")))
                .filter(option -> !option.isEmpty())
                .toList();
    }

    /** The java command this process runs on; child JVMs use the same. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The server's process id. */
    long pid() {
        return process.pid();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** CPU time the server process has used so far, in milliseconds. */
    double cpuMillis() {
        return process.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this system does not report a process's CPU time"))
                .toNanos() / 1e6;
    }

    /** The server's resident memory now and at its peak so far, in MB, from {@code /proc/<pid>/status} (Linux). */
    record Memory(double residentMb, double peakMb) {
    }

    Memory memory() {
        try {
            List<String> status = java.nio.file.Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"));
            return new Memory(kilobytes(status, "VmRSS:") / 1024.0, kilobytes(status, "VmHWM:") / 1024.0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server's memory (a Linux /proc is needed)", e);
        }
    }

    private static long kilobytes(List<String> status, String field) {
        return status.stream().filter(line -> line.startsWith(field)).findFirst()
                .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()))
                .orElseThrow(() -> new IllegalStateException("no " + field + " in /proc status"));
    }

    /** The page's address, e.g. {@code http://127.0.0.1:41234/}. */
    URI uri() {
        return uri;
    }

    /** This build's jar. */
    static Path jar() {
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
