package dk.kodetrae.cli;

import dk.kodetrae.api.ApiServer;
import dk.kodetrae.project.Project;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Option;

/** Where the server listens; it binds to the loopback interface unless told to open to the network. */
final class ServerOptions {
    @Option(names = "--port", defaultValue = "7070", description = "Port (default 7070; 0 picks a free one)")
    int port;

    @Option(names = "--open-to-network", description = "Listen on all interfaces instead of 127.0.0.1 only")
    boolean openToNetwork;

    /** Serves {@code project} until the process is stopped. */
    int serve(Project project, PrintWriter out) throws InterruptedException {
        String host = openToNetwork ? "0.0.0.0" : "127.0.0.1";
        CountDownLatch stopped = new CountDownLatch(1);
        try (ApiServer server = ApiServer.start(project, host, port)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            out.println("Kodetræ is serving " + project.directory() + " at " + server.uri());
            out.println("Open that address in a browser; stop with Ctrl-C.");
            stopped.await();
        }
        return 0;
    }
}
