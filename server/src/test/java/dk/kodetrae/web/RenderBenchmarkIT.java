package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader's render time for a long transcript: 15,000 words in 600 turns, imported through the API, with 500
 * codings (POST /codings/batch) of which a fifth overlap others. The time is measured in the page (data-render-ms
 * on the transcript: building the DOM with all highlights and laying out the margin) and printed, not asserted:
 * the target is ≤ 300 ms in Chromium, but shared test machines vary.
 */
class RenderBenchmarkIT extends PageTest {
    private static final String NAME = "lang-samtale";
    private static final String[] WORDS = ("jeg har været på jobcentret mange gange og det var svært at finde ud af hvad "
            + "de ville med mig men sagsbehandleren var god til at forklare ressourceforløbet og mentoren hjalp med "
            + "praktikken så nu går det bedre end før selv om ryggen stadig gør ondt når jeg står op hele dagen")
            .split(" ");

    @BeforeAll
    static void startPage() throws IOException, InterruptedException {
        start();
        importTranscript(transcript(15_000));
    }

    /** Turns of 25 words in sentences of 5 to 12 words, alternating I and R, with æ, ø and å throughout. */
    static String transcript(int words) {
        Random random = new Random(42);
        StringBuilder out = new StringBuilder();
        int written = 0;
        for (int turn = 0; written < words; turn++) {
            out.append(turn % 2 == 0 ? "I: " : "R: ");
            int inTurn = 0;
            while (inTurn < 25 && written < words) {
                int length = 5 + random.nextInt(8);
                for (int w = 0; w < length; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    out.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    out.append(w == length - 1 ? ". " : " ");
                }
                inTurn += length;
                written += length;
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    private static void importTranscript(String text) throws IOException, InterruptedException {
        String boundary = "kodetrae-bench";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + NAME
                + ".txt\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(server.uri() + "api/v1/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void readerOfA15000WordTranscriptWith500Codings_rendersThemAll() {
        JsonNode doc = api("documents/" + NAME, Map.of());
        JsonNode sentences = doc.get("sentences");
        assertTrue(sentences.size() > 1_500, "sentences: " + sentences.size());
        List<Map<String, Object>> single = new ArrayList<>();
        List<Map<String, Object>> spanning = new ArrayList<>();
        int step = sentences.size() / 400;
        for (int i = 0; i < 400; i++) {
            JsonNode s = sentences.get(i * step).get("span");
            single.add(Map.of("documentId", doc.get("id").asLong(), "start", s.get("start").asInt(), "end", s.get("end").asInt()));
        }
        for (int i = 0; i < 100; i++) {
            // From the middle of a coded sentence to the end of the next one: overlaps the single-sentence codings.
            JsonNode a = sentences.get(i * 4 * step).get("span");
            JsonNode b = sentences.get(i * 4 * step + 1).get("span");
            spanning.add(Map.of("documentId", doc.get("id").asLong(), "start", (a.get("start").asInt() + a.get("end").asInt()) / 2,
                    "end", b.get("end").asInt()));
        }
        send("POST", "codings/batch", json(Map.of("codeId", code("team").get("id").asLong(), "coder", "bench",
                "passages", single)));
        send("POST", "codings/batch", json(Map.of("codeId", code("motivation").get("id").asLong(), "coder", "bench",
                "passages", spanning)));
        open("#/documents");
        double routeChanged = ((Number) js("const t = performance.now(); location.hash = arguments[0]; return t;",
                "#/documents/" + NAME)).doubleValue();
        awaitView();
        String ms = wait.until(d -> one("#transcript[data-render-ms]")).getAttribute("data-render-ms");
        double painted = ((Number) js("const m = performance.getEntriesByName('kodetrae reader render').at(-1);"
                + " return m.startTime + m.duration;")).doubleValue();
        String words = String.valueOf(doc.get("text").asText().split("\\s+").length);
        System.out.printf(java.util.Locale.ROOT, "RENDER reader %s: %s words, %s codings, %s ms from draw to painted frame,"
                + " %.1f ms from route change to painted frame%n", NAME, words,
                one("#transcript").getAttribute("data-codings"), ms, painted - routeChanged);
        assertEquals("500", one("#transcript").getAttribute("data-codings"));
        assertEquals(500, all("#code-margin .margin-label").size());
        assertEquals(500, ((Number) js("return new Set(Array.from(document.querySelectorAll('#transcript mark.coded'))"
                + ".flatMap((m) => m.dataset.codings.split(' '))).size;")).intValue());
        screenshot("reader-benchmark");
    }
}
