package dk.kodetrae.cli;

import dk.kodetrae.api.ApiServer;
import dk.kodetrae.project.Project;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Where the server listens; it binds to the loopback interface unless told to open to the network. */
final class ServerOptions {
    @Option(names = "--port", defaultValue = "7070", description = "Port (default 7070; 0 picks a free one)")
    int port;

    @Option(names = "--open-to-network", description = "Listen on all interfaces instead of 127.0.0.1 only")
    boolean openToNetwork;

    /**
     * Opens a project (on another thread, while the server starts) and serves it until the process is stopped;
     * closes the project at the end.
     */
    int serve(Supplier<Project> open, PrintWriter out) throws InterruptedException {
        String host = openToNetwork ? "0.0.0.0" : "127.0.0.1";
        CountDownLatch stopped = new CountDownLatch(1);
        CompletableFuture<Project> opening = CompletableFuture.supplyAsync(open);
        try (ApiServer server = ApiServer.start(opening, host, port)) {
            Project project = opened(opening);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            out.println("Kodetræ is serving " + project.directory() + " at " + server.uri());
            out.println("Open that address in a browser; stop with Ctrl-C.");
            stopped.await();
        } finally {
            opening.thenAccept(Project::close);
        }
        return 0;
    }

    private static Project opened(CompletableFuture<Project> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
