package dk.kodetrae.api;

import dk.kodetrae.message.Message;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Searches run on threads of their own, and their HTTP worker goes back to serving other requests meanwhile. With
 * searches on the eight workers, sixteen fuzzy queries left {@code GET /project} waiting 97 s; now they can take at
 * most {@link #THREADS} threads (the cores) and queue {@link #WAITING} more, and a search beyond that is answered
 * 503 at once. Every request that runs a user's query is a search here: retrieval, a rule's preview and applying it
 * (their queries also have the index's time budget), and compare and co-occurrence, as costly as a broad search.
 */
final class Searches implements AutoCloseable {
    static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    static final int WAITING = 32;

    private final AtomicInteger names = new AtomicInteger();
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WAITING), r -> {
                Thread t = new Thread(r, "kodetrae-search-" + names.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    /** Answers {@code response} with what {@code search} returns or throws, on a search thread. */
    void answer(AsyncResponse response, Supplier<Object> search) {
        try {
            pool.execute(() -> {
                try {
                    response.resume(search.get());
                } catch (RuntimeException | Error e) {
                    response.resume(e);
                }
            });
        } catch (RejectedExecutionException e) {
            response.resume(new ApiError(Response.Status.SERVICE_UNAVAILABLE, Message.of("search.busy",
                    "the server is running " + (THREADS + WAITING) + " searches already; try again shortly",
                    "max", THREADS + WAITING)));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
