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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The reader's render time for a long transcript: 15,000 words in about 500 turns, imported through the API, with
 * 500 codings (POST /codings/batch) spread over all of it, of which a fifth overlap others. Two figures are printed,
 * not asserted (the target is ≤ 300 ms in Chromium, but shared test machines vary): data-render-ms, from the start
 * of drawing (document and codings in the page) to the first frame painted after it, and the time from the route
 * change to that frame, which adds the API requests. The tests also hold the reader to what it shows: highlights
 * for every coding, a label beside the passage of each coding on screen, wherever the reader is in the transcript,
 * a passage link landing on its passage, and a new coding that leaves the reader where it was.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
        codeAllThroughTheTranscript();
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
                        .header("X-Kodetrae", "1").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    /**
     * 400 single sentences spread evenly from the first sentence to the last, coded {@code team}, and 100 codings
     * {@code motivation} from the middle of every fourth of those sentences to the end of the sentence after it, so
     * that they overlap.
     */
    private static void codeAllThroughTheTranscript() {
        JsonNode doc = api("documents/" + NAME, Map.of());
        JsonNode sentences = doc.get("sentences");
        assertTrue(sentences.size() > 1_500, "sentences: " + sentences.size());
        long id = doc.get("id").asLong();
        List<Map<String, Object>> single = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            JsonNode s = sentences.get(i * sentences.size() / 400).get("span");
            single.add(Map.of("documentId", id, "start", s.get("start").asInt(), "end", s.get("end").asInt()));
        }
        List<Map<String, Object>> spanning = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int first = i * sentences.size() / 100;
            JsonNode a = sentences.get(first).get("span");
            JsonNode b = sentences.get(first + 1).get("span");
            spanning.add(Map.of("documentId", id, "start", (a.get("start").asInt() + a.get("end").asInt()) / 2,
                    "end", b.get("end").asInt()));
        }
        send("POST", "codings/batch", json(Map.of("codeId", code("team").get("id").asLong(), "coder", "bench",
                "passages", single)));
        send("POST", "codings/batch", json(Map.of("codeId", code("motivation").get("id").asLong(), "coder", "bench",
                "passages", spanning)));
    }

    @Test
    @Order(1)
    void readerOfA15000WordTranscriptWith500Codings_rendersThemAll() {
        open("#/documents");
        double routeChanged = ((Number) js("const t = performance.now(); location.hash = arguments[0]; return t;",
                "#/documents/" + NAME)).doubleValue();
        awaitView();
        String ms = wait.until(d -> one("#transcript[data-render-ms]")).getAttribute("data-render-ms");
        double painted = ((Number) js("const m = performance.getEntriesByName('kodetrae reader render').at(-1);"
                + " return m.startTime + m.duration;")).doubleValue();
        String words = String.valueOf(documentText(NAME).split("\\s+").length);
        System.out.printf(Locale.ROOT, "RENDER reader %s: %s words, %s codings, %s ms from draw to painted frame,"
                + " %.1f ms from route change to painted frame%n", NAME, words,
                one("#transcript").getAttribute("data-codings"), ms, painted - routeChanged);

        assertEquals("500", one("#transcript").getAttribute("data-codings"));
        assertEquals(500, ((Number) js("return new Set(Array.from(document.querySelectorAll('#transcript mark.coded'))"
                + ".flatMap((m) => m.dataset.codings.split(' '))).size;")).intValue(), "codings highlighted");
        assertLabelledBesideTheirPassages();
        screenshot("reader-benchmark");
        // Margins are laid out only for the turns that have been on screen: the last ones have none yet.
        String lastCodedTurn = "#transcript .turn:has(mark.coded):not(:has(~ .turn mark.coded))";
        assertEquals(0, all(lastCodedTurn + " .code-margin").size());

        js("window.scrollTo(0, document.documentElement.scrollHeight);");
        wait.until(d -> !all(lastCodedTurn + " .margin-label").isEmpty());
        // After a jump, the turns that come into sight are rendered in the frames that follow.
        afterFrames(3);
        assertLabelledBesideTheirPassages();
        screenshot("reader-benchmark-end");
    }

    @Test
    @Order(2)
    void passageLinkDeepInTheTranscript_landsOnThePassage_withItsLabels() {
        JsonNode coding = StreamSupport.stream(codings(NAME).spliterator(), false)
                .sorted(Comparator.comparingInt(c -> c.get("span").get("start").asInt()))
                .skip(400).findFirst().orElseThrow(); // four fifths into the transcript
        int from = coding.get("span").get("start").asInt();
        int to = coding.get("span").get("end").asInt();
        open("#/documents/" + NAME + "?from=" + from + "&to=" + to);
        assertEquals(documentText(NAME).substring(from, to), passageText());
        // Turns around it are rendered, and their real heights replace the estimates, over the next frames.
        afterFrames(5);
        double centre = passageCentre();
        assertEquals(((Number) js("return window.innerHeight / 2;")).doubleValue(), centre, 1.0,
                "the passage is in the middle of the window");
        afterFrames(20);
        assertEquals(centre, passageCentre(), 0.5, "the passage stays where it is");
        assertLabelledBesideTheirPassages();
        screenshot("reader-benchmark-passage");
    }

    @Test
    @Order(3)
    void narrowerWindow_laysTheMarginsOutAgain_besideTheTextAsItNowWraps() {
        open("#/documents/" + NAME);
        Dimension size = driver.manage().window().getSize();
        double wide = textHeight();
        try {
            driver.manage().window().setSize(new Dimension(900, size.getHeight()));
            wait.until(d -> textHeight() > wide);
            afterFrames(3);
            assertLabelledBesideTheirPassages();
            screenshot("reader-benchmark-narrow");
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /** The height of the first turn's text. */
    private static double textHeight() {
        return ((Number) js("return document.querySelector('#transcript .turn-text').getBoundingClientRect().height;"))
                .doubleValue();
    }

    /** Last: it adds a coding. */
    @Test
    @Order(4)
    void codingASentenceInTheMiddle_drawsOnlyItsTurnAgain_andTheReaderStaysInPlace() {
        JsonNode sentence = uncodedSentenceAfter(documentText(NAME).length() / 2);
        int start = sentence.get("span").get("start").asInt();
        int end = sentence.get("span").get("end").asInt();
        open("#/documents/" + NAME);
        js("document.querySelector(`#transcript .seg[data-start='${arguments[0]}']`).scrollIntoView({block: 'center'});"
                + " window.turnsBefore = Array.from(document.querySelectorAll('#transcript .turn'));", start);
        afterFrames(5);
        double before = segmentTop(start);
        js("const seg = document.querySelector(`#transcript .seg[data-start='${arguments[0]}']`);"
                + " const range = document.createRange(); range.selectNodeContents(seg);"
                + " const s = document.getSelection(); s.removeAllRanges(); s.addRange(range);"
                + " seg.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, button: 0}));", start);
        new Select(wait.until(d -> one("#picker-book"))).selectByValue("ressourceforloeb");
        one("#picker-filter").sendKeys("team");
        wait.until(d -> one("#picker-list .picker-item[data-key='team']")).click();
        JsonNode added = wait.until(d -> StreamSupport.stream(codings(NAME).spliterator(), false)
                .filter(c -> c.get("span").get("start").asInt() == start).findFirst().orElse(null));
        try {
            wait.until(d -> codedText(added.get("id").asLong()).equals(documentText(NAME).substring(start, end)));
            afterFrames(5);
            assertEquals(before, segmentTop(start), 0.5, "the coded sentence stays where it was on the screen");
            assertEquals(1, ((Number) js("return window.turnsBefore.filter((t) => !t.isConnected).length;")).intValue(),
                    "turns drawn again");
            assertLabelledBesideTheirPassages();
        } finally {
            send("DELETE", "codings/" + added.get("id").asLong() + "?coder=bench", null);
        }
    }

    /** The first sentence that starts at or after {@code offset} and overlaps no coding. */
    private static JsonNode uncodedSentenceAfter(int offset) {
        List<JsonNode> codings = new ArrayList<>();
        codings(NAME).forEach(codings::add);
        for (JsonNode sentence : api("documents/" + NAME, Map.of()).get("sentences")) {
            int start = sentence.get("span").get("start").asInt();
            int end = sentence.get("span").get("end").asInt();
            if (start >= offset && codings.stream().noneMatch(c -> c.get("span").get("start").asInt() < end
                    && start < c.get("span").get("end").asInt())) {
                return sentence;
            }
        }
        throw new AssertionError("no uncoded sentence after " + offset);
    }

    private static double segmentTop(int start) {
        return ((Number) js("return document.querySelector(`#transcript .seg[data-start='${arguments[0]}']`)"
                + ".getBoundingClientRect().top;", start)).doubleValue();
    }

    private static double passageCentre() {
        return ((Number) js("const r = document.querySelector('#transcript mark.passage').getBoundingClientRect();"
                + " return r.top + r.height / 2;")).doubleValue();
    }

    private static void afterFrames(int frames) {
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " let left = arguments[0]; const next = () => --left > 0 ? requestAnimationFrame(next) : done();"
                + " requestAnimationFrame(next);", frames);
    }

    /**
     * Every coding that begins in a turn on screen has exactly one label, in that turn's margin: right of the
     * transcript, from the height of the coding's first line down (pushed below other labels, never out of the
     * turn), not covering another label, visible where it is not under the sticky bars, with its code's name; and
     * every coding in such a turn has a bar there.
     */
    private static void assertLabelledBesideTheirPassages() {
        Map<String, String> codeNames = new HashMap<>();
        Map<Long, String> names = Map.of(code("team").get("id").asLong(), code("team").get("name").asText(),
                code("motivation").get("id").asLong(), code("motivation").get("name").asText());
        codings(NAME).forEach(c -> codeNames.put(c.get("id").asText(), names.get(c.get("codeId").asLong())));
        Object result = js("""
                const names = arguments[0];
                const transcript = document.getElementById('transcript').getBoundingClientRect();
                const covered = document.querySelector('.coding-bars').getBoundingClientRect().bottom;
                const problems = [];
                let labelled = 0;
                for (const turn of document.querySelectorAll('#transcript .turn:has(mark.coded)')) {
                  const box = turn.getBoundingClientRect();
                  if (box.bottom <= covered || box.top >= window.innerHeight) continue;
                  const ids = new Set(Array.from(turn.querySelectorAll('mark.coded'))
                      .flatMap((m) => m.dataset.codings.split(' ')));
                  const seen = [];
                  for (const id of ids) {
                    if (!turn.querySelector(`.margin-bar[data-coding="${id}"]`)) problems.push(`${id}: no bar`);
                    const first = document.querySelector(`#transcript mark.coded[data-codings~="${id}"]`);
                    const labels = document.querySelectorAll(`#transcript .margin-label[data-coding="${id}"]`);
                    if (first.closest('.turn') !== turn) continue;
                    labelled++;
                    if (labels.length !== 1 || labels[0].closest('.turn') !== turn) {
                      problems.push(`${id}: ${labels.length} labels`);
                      continue;
                    }
                    const label = labels[0].getBoundingClientRect();
                    const line = first.getBoundingClientRect();
                    if (label.left < transcript.right) problems.push(`${id}: label over the transcript`);
                    if (label.top < line.top - 1) problems.push(`${id}: label above its passage`);
                    if (label.bottom > box.bottom + 1) problems.push(`${id}: label below its turn`);
                    if (seen.some((r) => r.top < label.bottom - 1 && label.top < r.bottom - 1)) {
                      problems.push(`${id}: label on another label`);
                    }
                    seen.push(label);
                    const x = label.left + 8;
                    const y = label.top + label.height / 2;
                    if (y > covered && y < window.innerHeight
                        && !labels[0].contains(document.elementFromPoint(x, y))) {
                      problems.push(`${id}: label hidden`);
                    }
                    if (labels[0].textContent !== names[id]) problems.push(`${id}: label ${labels[0].textContent}`);
                  }
                }
                return {labelled, problems};
                """, codeNames);
        Map<?, ?> outcome = (Map<?, ?>) result;
        assertEquals(List.of(), outcome.get("problems"));
        assertTrue(((Number) outcome.get("labelled")).intValue() > 0, "no coding begins in a turn on screen");
    }
}
