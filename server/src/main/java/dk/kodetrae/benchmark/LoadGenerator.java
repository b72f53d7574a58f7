package dk.kodetrae.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Drives many keep-alive HTTP/1.1 connections from one thread, as {@code wrk} does: on two cores a thread per
 * connection would take CPU from the server being measured. Each connection POSTs JSON, waits for the whole
 * answer and sends its next request either at once or on a fixed schedule; latency runs from the moment a request
 * was due, so a stall also counts for the requests that had to wait behind it.
 */
final class LoadGenerator {
    private final InetSocketAddress server;
    private final String head;
    private final boolean splitBody;

    LoadGenerator(URI server, String path) {
        this(server, path, false, "");
    }

    LoadGenerator(URI server, String path, boolean splitBody) {
        this(server, path, splitBody, "");
    }

    /**
     * @param splitBody send each request's body in a packet of its own after its head, as a browser may: the
     *                  server then dispatches some requests before their body has arrived
     * @param headers   more header lines on every request, each ending in CRLF (a session cookie, a project)
     */
    LoadGenerator(URI server, String path, boolean splitBody, String headers) {
        this.splitBody = splitBody;
        this.server = new InetSocketAddress(server.getHost(), server.getPort());
        this.head = "POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                + "\r\nX-Kodetrae: 1\r\n" + headers + "Content-Type: application/json\r\nContent-Length: ";
    }

    /** Latencies in milliseconds of the writes answered 201, the writes answered 503, and the wall time. */
    record Run(List<Double> millis, int refused, double seconds) {
    }

    /**
     * Sends {@code perConnection} requests on each of {@code connections} connections, one every {@code paceNanos}
     * per connection (0: back to back); {@code bodies} gives a connection's next body. Every answer must be 201,
     * or 503 (counted, not timed: the server was too busy to take the write).
     */
    Run run(int connections, int perConnection, long paceNanos, IntFunction<String> bodies) throws IOException {
        try (Selector selector = Selector.open()) {
            long t0 = System.nanoTime();
            List<Connection> all = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                all.add(new Connection(i, t0 + paceNanos * i / connections, connect(), selector));
            }
            List<Double> millis = new ArrayList<>(connections * perConnection);
            int refused = 0;
            int finished = 0;
            while (finished < connections) {
                long now = System.nanoTime();
                long nextDue = Long.MAX_VALUE;
                for (Connection c : all) {
                    if (c.idle() && c.sent < perConnection) {
                        if (c.due <= now) {
                            c.send(request(bodies.apply(c.id)), splitBody);
                        } else {
                            nextDue = Math.min(nextDue, c.due);
                        }
                    }
                }
                long waitMs = nextDue == Long.MAX_VALUE ? 0 : Math.max(1, (nextDue - now) / 1_000_000);
                selector.select(waitMs);
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection c = (Connection) key.attachment();
                    if (c.readAnswer()) {
                        if (c.refused) {
                            refused++;
                        } else {
                            millis.add((System.nanoTime() - c.due) / 1e6);
                        }
                        c.sent++;
                        c.due = paceNanos == 0 ? System.nanoTime() : c.first + c.sent * paceNanos;
                        if (c.sent == perConnection) {
                            finished++;
                        }
                        if (c.closing) {
                            c.reconnect(connect(), selector);
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
            all.forEach(Connection::close);
            return new Run(millis, refused, (System.nanoTime() - t0) / 1e9);
        }
    }

    private byte[] request(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] start = (head + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[start.length + body.length];
        System.arraycopy(start, 0, out, 0, start.length);
        System.arraycopy(body, 0, out, start.length, body.length);
        return out;
    }

    private SocketChannel connect() throws IOException {
        SocketChannel channel = SocketChannel.open(server);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.configureBlocking(false);
        return channel;
    }

    /** One keep-alive connection and the answer it is reading. */
    private static final class Connection {
        final int id;
        final long first;
        long due;
        int sent;
        boolean closing;
        boolean refused;
        private SocketChannel channel;
        private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        private boolean waiting;

        Connection(int id, long first, SocketChannel channel, Selector selector) throws IOException {
            this.id = id;
            this.first = first;
            this.due = first;
            reconnect(channel, selector);
        }

        boolean idle() {
            return !waiting;
        }

        void reconnect(SocketChannel fresh, Selector selector) throws IOException {
            if (channel != null) {
                channel.close();
            }
            channel = fresh;
            channel.register(selector, SelectionKey.OP_READ, this);
            closing = false;
        }

        void send(byte[] request, boolean splitBody) throws IOException {
            int headEnd = new String(request, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
            if (splitBody) {
                write(ByteBuffer.wrap(request, 0, headEnd));
                // Long enough for the head to leave as a packet of its own (TCP_NODELAY is on).
                LockSupport.parkNanos(200_000);
                write(ByteBuffer.wrap(request, headEnd, request.length - headEnd));
            } else {
                write(ByteBuffer.wrap(request));
            }
            waiting = true;
        }

        private void write(ByteBuffer out) throws IOException {
            while (out.hasRemaining()) {
                channel.write(out);
            }
        }

        /** Reads what has arrived; true when a whole answer is in (and checked). */
        boolean readAnswer() throws IOException {
            if (channel.read(in) < 0) {
                throw new IOException("the server closed connection " + id);
            }
            String received = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
            int headEnd = received.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                return false;
            }
            String headers = received.substring(0, headEnd).toLowerCase(Locale.ROOT);
            int length = contentLength(headers);
            if (received.length() < headEnd + 4 + length) {
                return false;
            }
            int status = Integer.parseInt(headers.substring("http/1.1 ".length(), "http/1.1 ".length() + 3));
            if (status != 201 && status != 503) {
                throw new IOException("a write was answered " + status + ": " + received);
            }
            refused = status == 503;
            closing = headers.contains("\r\nconnection: close");
            in.clear();
            waiting = false;
            return true;
        }

        private static int contentLength(String headers) throws IOException {
            int at = headers.indexOf("\r\ncontent-length:");
            if (at < 0) {
                throw new IOException("an answer without Content-Length: " + headers);
            }
            int end = headers.indexOf("\r\n", at + 2);
            return Integer.parseInt(headers.substring(at + "\r\ncontent-length:".length(),
                    end < 0 ? headers.length() : end).strip());
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing at the end of a run; the server is stopped next anyway.
            }
        }
    }
}
