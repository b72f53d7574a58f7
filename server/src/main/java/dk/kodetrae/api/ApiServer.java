package dk.kodetrae.api;

import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/** The HTTP server: the API under {@code /api/v1} and the web page at {@code /}. */
public final class ApiServer implements AutoCloseable {
    public static final String API_PATH = "/api/v1";
    private static final int WORKERS = 32;

    private final HttpServer http;
    private final Jobs jobs;
    private final URI uri;

    private ApiServer(HttpServer http, Jobs jobs, URI uri) {
        this.http = http;
        this.jobs = jobs;
        this.uri = uri;
    }

    /** Starts serving {@code project} on {@code host}; port 0 picks a free port. */
    public static ApiServer start(Project project, String host, int port) {
        return start(CompletableFuture.completedFuture(project), host, port);
    }

    /**
     * Starts serving a project that may still be opening: the server's own start-up runs meanwhile, and requests
     * wait for the project. Halves the time to the first answer on a cold JVM.
     */
    public static ApiServer start(CompletableFuture<Project> project, String host, int port) {
        Jobs jobs = new Jobs();
        URI base = URI.create("http://" + host + ":" + port + API_PATH + "/");
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(base, ApiApplication.create(project, jobs), false);
        http.getServerConfiguration().addHttpHandler(new WebPage(), "/");
        http.getServerConfiguration().setDefaultErrorPageGenerator(ApiServer::errorPage);
        http.getServerConfiguration().setMaxPostSize(ImportResource.MAX_UPLOAD_BYTES + 1024 * 1024);
        // Grizzly's default is one worker per core; a request waiting for its durable commit holds its worker, so
        // with two cores two writers at a time would get in and the rest queue behind whole commits.
        http.getListeners().forEach(l -> l.getTransport().setWorkerThreadPoolConfig(
                ThreadPoolConfig.defaultConfig().setCorePoolSize(WORKERS).setMaxPoolSize(WORKERS)));
        try {
            http.start();
        } catch (IOException e) {
            jobs.close();
            throw new UncheckedIOException("cannot start the server on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        NetworkListener listener = http.getListeners().iterator().next();
        return new ApiServer(http, jobs, URI.create("http://" + host + ":" + listener.getPort() + "/"));
    }

    /** The page's address, e.g. {@code http://127.0.0.1:7070/}. */
    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        http.shutdownNow();
        jobs.close();
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
        WebPage() {
            super(ApiServer.class.getClassLoader(), "/web/");
            setFileCacheEnabled(true);
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            SecurityHeaders.ALL.forEach(response::setHeader);
            response.setHeader("Cache-Control", "no-cache");
            response.setCharacterEncoding("UTF-8");
            super.service(request, response);
        }
    }
}
