package dk.kodetrae.api;

import dk.kodetrae.message.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Request bodies that have not fully arrived when their request is dispatched. Reading one blocks an HTTP worker
 * until the client has sent it all, and eight connections trickling an upload held all eight workers, so that
 * nothing else was answered. At most {@link #AT_ONCE} such requests are served at a time, and one that finds no
 * place within {@link #WAIT_MS} ms is answered 503; bodies that came with their headers (every coding and almost
 * every JSON body) need no place.
 */
final class SlowBodies {
    static final int AT_ONCE = 4;
    static final long WAIT_MS = 1_000;

    private final Semaphore places = new Semaphore(AT_ONCE);

    void serve(Request request, Response response, HttpHandler api) throws Exception {
        if (!stillArriving(request)) {
            api.service(request, response);
        } else if (places.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS)) {
            try {
                api.service(request, response);
            } finally {
                places.release();
            }
        } else {
            refuse(response);
        }
    }

    private static boolean stillArriving(Request request) {
        long length = request.getContentLengthLong();
        boolean chunked = request.getRequest().isChunked();
        return chunked ? !request.getInputBuffer().isFinished()
                : length > 0 && request.getInputBuffer().readyData() < length;
    }

    private static void refuse(Response response) throws Exception {
        var refusal = ErrorMapper.body(503, Message.of("upload.busy", "the server is receiving " + AT_ONCE
                + " slow uploads already; try again shortly", "max", AT_ONCE), List.of());
        byte[] json = ApiApplication.mapper().writeValueAsBytes(refusal.getEntity());
        SecurityHeaders.ALL.forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Retry-After", "5");
        // The body it did not read is left on the connection: close it rather than read what the client sends.
        response.setHeader("Connection", "close");
        response.setStatus(503);
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
