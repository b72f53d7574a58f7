package dk.kodetrae.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The requests a page or a script sends to a server under measurement, over one keep-alive HTTP/1.1 connection:
 * a one-file upload as the page sends it (multipart, with the page's {@code X-Kodetrae} header), and reads. Any answer but 2xx stops the benchmark.
 */
final class ApiClient {
    private static final String BOUNDARY = "kodetrae-bench-boundary";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI server;

    ApiClient(URI server) {
        this.server = server;
    }

    /** {@code POST /api/v1/import} with one file; the answer's body (the import report). */
    String upload(String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 256);
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/v1/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("X-Kodetrae", "1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return new String(send(request), StandardCharsets.UTF_8);
    }

    /** {@code GET} of a path with its query (already encoded); the answer's body. */
    byte[] get(String pathAndQuery) throws IOException {
        return send(HttpRequest.newBuilder(server.resolve(pathAndQuery)).GET().build());
    }

    private byte[] send(HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() / 100 != 2) {
                throw new IOException(request.method() + " " + request.uri() + " answered " + answer.statusCode()
                        + ": " + new String(answer.body(), StandardCharsets.UTF_8));
            }
            return answer.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
