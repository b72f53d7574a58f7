package dk.kodetrae.cli;

import dk.kodetrae.api.Access;
import dk.kodetrae.api.ApiServer;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.TeamWorkspace;
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

    @Option(names = "--open-to-network", description = "Listen on all interfaces instead of 127.0.0.1 only (a team "
            + "server only: serve --team)")
    boolean openToNetwork;

    @Option(names = "--exit-with-parent", description = "Stop when the process that started this one ends "
            + "(Maven's demo profile: killing Maven must not leave the server holding its port)")
    boolean exitWithParent;

    /**
     * Opens a project (on another thread, while the server starts) and serves it until the process is stopped;
     * closes the project at the end. A personal server (no login) refuses to open to the network.
     */
    int serve(Supplier<Project> open, PrintWriter out) throws InterruptedException {
        if (openToNetwork) {
            throw new IllegalArgumentException("--open-to-network would let anyone on the network read and change the"
                    + " project: a personal server has no login. Serve a team server instead, with accounts:"
                    + " kodetrae serve --team --root DIR --open-to-network --host-name NAME (see SECURITY.md)");
        }
        return serve(open, out, Access.personal());
    }

    /** As {@link #serve(Supplier, PrintWriter)}, with the given access (a team server's accounts). */
    int serve(Supplier<Project> open, PrintWriter out, Access access) throws InterruptedException {
        String host = openToNetwork ? "0.0.0.0" : "127.0.0.1";
        CountDownLatch stopped = new CountDownLatch(1);
        CompletableFuture<Project> opening = CompletableFuture.supplyAsync(open);
        try (ApiServer server = ApiServer.start(opening, host, port, access)) {
            Project project = opened(opening);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            if (exitWithParent) {
                stopWithParent(stopped, out);
            }
            out.println("Kodetræ is serving " + project.directory() + " at " + server.uri());
            out.println("Open that address in a browser; stop with Ctrl-C.");
            stopped.await();
        } finally {
            opening.thenAccept(Project::close);
        }
        return 0;
    }

    /** Serves a team server's projects until the process is stopped; the caller closes the workspace. */
    int serve(TeamWorkspace workspace, PrintWriter out, Access access) throws InterruptedException {
        String host = openToNetwork ? "0.0.0.0" : "127.0.0.1";
        CountDownLatch stopped = new CountDownLatch(1);
        try (ApiServer server = ApiServer.start(workspace, host, port, access)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            if (exitWithParent) {
                stopWithParent(stopped, out);
            }
            out.println("Kodetræ is serving the team server's " + workspace.projects().list().size()
                    + " projects at " + server.uri());
            out.println("Open that address in a browser; stop with Ctrl-C.");
            stopped.await();
        }
        return 0;
    }

    /**
     * A launcher killed outright (SIGKILL, or Windows' TerminateProcess) cannot stop its children, and a server it
     * started lives on; so the server watches it instead. The JDK polls a process that is not its child.
     */
    private static void stopWithParent(CountDownLatch stopped, PrintWriter out) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            out.println("The process that started Kodetræ (" + parent.pid() + ") has ended; stopping.");
            stopped.countDown();
        }));
    }

    private static Project opened(CompletableFuture<Project> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
