package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A document with 200,000 codings stays readable (issue 25: 60,000 codings took the reader 11 s, 200,000 over
 * 100 s). The document is generated: 10,000 turns of four sentences, every sentence coded with five codes.
 */
class ManyCodingsReaderIT extends PageTest {
    private static final String NAME = "mange-kodninger";
    private static final int TURNS = 10_000;
    private static final int CODES = 5;
    private static final int DRAWN = 20_000;
    private static int codings;
    private static final String[] WORDS = ("jeg har været på jobcentret og det var svært at finde ud af hvad de ville "
            + "med mig men sagsbehandleren hjalp og mentoren var god så nu går det bedre i praktikken").split(" ");

    @BeforeAll
    static void startPage() throws IOException {
        start();
        Random random = new Random(25);
        StringBuilder text = new StringBuilder();
        for (int turn = 0; turn < TURNS; turn++) {
            text.append(turn % 2 == 0 ? "I: " : "R: ");
            for (int s = 0; s < 4; s++) {
                for (int w = 0; w < 6; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                            .append(w == 5 ? ". " : " ");
                }
            }
            text.append("\n\n");
        }
        project.importSources(List.of(new Importer.Source(NAME + ".txt", text.toString()
                .getBytes(StandardCharsets.UTF_8))), Optional.empty(), ImportOptions.defaults(), Importer.Progress.NONE);
        long id = project.corpus().documentNamed(NAME).orElseThrow().id();
        List<Sentence> sentences = project.corpus().sentences(id);
        List<Code> codes = project.codebooks().codes(project.settings().codebook(null)).subList(0, CODES);
        for (Code code : codes) {
            List<Codings.Passage> passages = new ArrayList<>();
            for (Sentence s : sentences) {
                passages.add(new Codings.Passage(id, s.span()));
            }
            project.codings().addAll(code.id(), passages, "bench");
        }
        codings = sentences.size() * CODES;
        assertTrue(codings >= 200_000, "codings: " + codings);
    }

    @Test
    void aDocumentWith200000Codings_opensInTheReaderQuickly_andSaysHowManyAreNotDrawn() {
        open("#/documents");
        long started = System.nanoTime();
        js("location.hash = arguments[0];", "#/documents/" + NAME);
        awaitView();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !all("#transcript[data-render-ms]").isEmpty());
        double seconds = (System.nanoTime() - started) / 1e9;
        String drawn = one("#transcript").getAttribute("data-codings");
        System.out.printf(Locale.ROOT, "RENDER reader %s: %d codings, %s drawn, %.1f s from route change to painted,"
                + " %s ms drawing%n", NAME, codings, drawn, seconds, one("#transcript").getAttribute("data-render-ms"));
        // Before: 16.5 s here on an idle machine (7-13 s of it for the 51 MB of codings), over 100 s as reported.
        assertTrue(seconds < 20, "the reader took " + seconds + " s");
        assertEquals(String.valueOf(DRAWN), drawn);
        String status = one("#coding-status").getText();
        assertTrue(status.startsWith(number(codings) + " kodninger"), status);
        assertTrue(status.contains(number(codings - DRAWN) + " ikke tegnet: læseren tegner de " + number(DRAWN)
                + " fra tegn 0 til "), status);
        assertEquals(DRAWN, ((Number) js("return new Set(Array.from(document.querySelectorAll('#transcript"
                + " mark.coded')).flatMap((m) => m.dataset.codings.split(' '))).size;")).intValue());
    }

    @Test
    void aPassageFarIntoTheDocument_drawsTheCodingsThere() {
        JsonNode sentence = api("documents/" + NAME, Map.of()).get("sentences").get(30_000).get("span");
        int from = sentence.get("start").asInt();
        int to = sentence.get("end").asInt();
        open("#/documents/" + NAME + "?from=" + from + "&to=" + to);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !all("#transcript[data-render-ms]").isEmpty());
        wait.until(d -> !all("#transcript mark.passage").isEmpty());
        String status = one("#coding-status").getText();
        assertTrue(status.contains(" fra tegn " + number(from) + " til "), status);
        assertEquals(CODES, ((Number) js("return new Set(Array.from(document.querySelectorAll("
                + "'#transcript .seg[data-start=\"' + arguments[0] + '\"] mark.coded'))"
                + ".flatMap((m) => m.dataset.codings.split(' '))).size;", from)).intValue(),
                "the passage's sentence is drawn with its five codings");
    }

    /** A number as the Danish page writes it: 200.000. */
    private static String number(int n) {
        return String.format(Locale.GERMANY, "%,d", n);
    }
}
