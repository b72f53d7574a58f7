package dk.kodetrae.api;

import dk.kodetrae.project.Project;
import dk.kodetrae.team.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.http.util.MimeType;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;

/** The HTTP server: the API under {@code /api/v1} and the web page at {@code /}. */
public final class ApiServer implements AutoCloseable {
    public static final String API_PATH = "/api/v1";
    /**
     * A request waiting for its durable commit holds its worker, so there must be more workers than cores for
     * writers to share commits; but every runnable worker more on two cores stretches each request's slice. In
     * seven paired runs of the coding benchmark, 8 workers gave a lower p99 than 32 every time.
     */
    private static final int WORKERS = 8;

    private final HttpServer http;
    private final CompletableFuture<GrizzlyHttpContainer> jersey;
    private final Jobs jobs;
    private final Searches searches;
    private final URI uri;

    private ApiServer(HttpServer http, CompletableFuture<GrizzlyHttpContainer> jersey, Jobs jobs, Searches searches,
                      URI uri) {
        this.http = http;
        this.jersey = jersey;
        this.jobs = jobs;
        this.searches = searches;
        this.uri = uri;
    }

    /** Starts serving {@code project} on {@code host} as a personal server; port 0 picks a free port. */
    public static ApiServer start(Project project, String host, int port) {
        return start(CompletableFuture.completedFuture(project), host, port, Access.personal());
    }

    /** As {@link #start(CompletableFuture, String, int, Access)}, for a personal server. */
    public static ApiServer start(CompletableFuture<Project> project, String host, int port) {
        return start(project, host, port, Access.personal());
    }

    /**
     * Starts serving a project that may still be opening. The listener and the page come up first; Jersey builds
     * its application on another thread meanwhile, and API requests that arrive before it is ready wait for it
     * (they are not refused), as they wait for the project. On a cold JVM this puts the page in the browser while
     * the API is still starting. A personal server listens on a loopback address only: it has no login.
     */
    public static ApiServer start(CompletableFuture<Project> project, String host, int port, Access access) {
        return start(Workspace.personal(project), host, port, access);
    }

    /** Starts serving the projects of {@code workspace}, as {@link #start(CompletableFuture, String, int, Access)}. */
    public static ApiServer start(Workspace workspace, String host, int port, Access access) {
        if (!access.teamMode() && !loopback(host)) {
            throw new IllegalArgumentException("a personal server has no login and listens on this machine only"
                    + " (127.0.0.1), not on " + host + "; serve a team server (--team) to open it to the network");
        }
        RequestGuard guard = new RequestGuard(access);
        Jobs jobs = new Jobs();
        Searches searches = new Searches();
        CompletableFuture<GrizzlyHttpContainer> jersey = CompletableFuture.supplyAsync(
                () -> startJersey(workspace, jobs, searches, access),
                ApiServer::onItsOwnThread);
        HttpServer http = new HttpServer();
        NetworkListener listener = new NetworkListener("kodetrae", host, port);
        // Grizzly's default is one worker per core: with two cores, two writers at a time would get in and the
        // rest would queue behind whole commits.
        listener.getTransport().setWorkerThreadPoolConfig(
                ThreadPoolConfig.defaultConfig().setCorePoolSize(WORKERS).setMaxPoolSize(WORKERS));
        http.addListener(listener);
        ServerConfiguration config = http.getServerConfiguration();
        config.setDefaultQueryEncoding(StandardCharsets.UTF_8);
        config.setDefaultErrorPageGenerator(ApiServer::errorPage);
        config.setMaxPostSize(ImportResource.MAX_UPLOAD_BYTES + 1024 * 1024);
        config.addHttpHandler(new WebPage(guard), "/");
        config.addHttpHandler(new ApiWhenReady(jersey, guard),
                HttpHandlerRegistration.builder().contextPath(API_PATH).build());
        try {
            http.start();
        } catch (IOException e) {
            jersey.thenAccept(GrizzlyHttpContainer::destroy);
            jobs.close();
            searches.close();
            throw new UncheckedIOException("cannot start the server on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new ApiServer(http, jersey, jobs, searches, URI.create("http://" + host + ":" + listener.getPort() + "/"));
    }

    private static boolean loopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static GrizzlyHttpContainer startJersey(Workspace workspace, Jobs jobs, Searches searches,
                                                    Access access) {
        GrizzlyHttpContainer container = ContainerFactory.createContainer(GrizzlyHttpContainer.class,
                ApiApplication.create(workspace, jobs, searches, access));
        container.start();
        return container;
    }

    private static void onItsOwnThread(Runnable work) {
        Thread.ofPlatform().name("kodetrae-api-start").daemon().start(work);
    }

    /** The API, once Jersey has started: until then a request waits on its worker thread. */
    private static final class ApiWhenReady extends HttpHandler {
        private final CompletableFuture<GrizzlyHttpContainer> jersey;
        private final SlowBodies slowBodies = new SlowBodies();
        private final RequestGuard guard;

        ApiWhenReady(CompletableFuture<GrizzlyHttpContainer> jersey, RequestGuard guard) {
            this.jersey = jersey;
            this.guard = guard;
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            if (guard.admitsApi(request, response)) {
                slowBodies.serve(request, response, jersey.join());
            }
        }
    }

    /** The page's address, e.g. {@code http://127.0.0.1:7070/}. */
    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        http.shutdownNow();
        jersey.thenAccept(GrizzlyHttpContainer::destroy);
        jobs.close();
        searches.close();
    }

    /** Grizzly's own error pages carry stack traces; ours carry the status only, as JSON. */
    private static String errorPage(Request request, int status, String reasonPhrase, String description,
                                    Throwable exception) {
        request.getResponse().setContentType("application/json");
        SecurityHeaders.ALL.forEach(request.getResponse()::setHeader);
        String reason = reasonPhrase == null ? "error" : reasonPhrase.toLowerCase(java.util.Locale.ROOT);
        return "{\"error\":\"" + reason.replaceAll("[^a-z0-9 -]", "") + "\",\"detail\":\"HTTP " + status + "\"}";
    }

    /** The static page from the jar's {@code web/} folder, with the security headers. */
    private static final class WebPage extends CLStaticHttpHandler {
        private final RequestGuard guard;

        WebPage(RequestGuard guard) {
            super(ApiServer.class.getClassLoader(), "/web/");
            this.guard = guard;
            setFileCacheEnabled(true);
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            if (!guard.admitsPage(request, response)) {
                return;
            }
            SecurityHeaders.ALL.forEach(response::setHeader);
            response.setHeader("Cache-Control", "no-cache");
            response.setCharacterEncoding("UTF-8");
            if (Method.HEAD.equals(request.getMethod())) {
                head(request, response);
            } else {
                super.service(request, response);
            }
        }

        /** Grizzly's handler serves GET only; HEAD gets the same status and headers without the file. */
        private void head(Request request, Response response) throws Exception {
            String path = getRelativeURI(request);
            String name = path == null || path.endsWith("/") ? (path == null ? "/" : path) + "index.html" : path;
            var file = ApiServer.class.getClassLoader().getResource("web" + name);
            if (path == null || path.contains("..") || file == null) {
                response.setStatus(404);
                return;
            }
            String type = MimeType.get(name.substring(name.lastIndexOf('.') + 1));
            if (type != null) {
                response.setContentType(type);
            }
            response.setContentLengthLong(file.openConnection().getContentLengthLong());
            response.setStatus(200);
        }
    }
}
