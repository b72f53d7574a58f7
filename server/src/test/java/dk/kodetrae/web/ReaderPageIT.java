package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Læser: turns, highlights from the URL and selection offsets, on the fixture {@code samarbejde} (æ, ø, å and the
 * emoji 😊, two UTF-16 code units) and the fixture {@code script}, whose text looks like HTML.
 */
class ReaderPageIT extends PageTest {
    private static final String EMOJI = "😊";

    @BeforeAll
    static void startPage() throws IOException {
        start("transcripts/samarbejde.txt");
    }

    private static String reader(String name, int from, int to) {
        return "#/documents/" + name + "?from=" + from + "&to=" + to;
    }

    @Test
    void urlRange_highlightsExactlyThoseCharacters_acrossDanishLettersAndAnEmoji() {
        String text = documentText("samarbejde");
        int from = text.indexOf("ingen sanktioner");
        int to = text.indexOf("Åse") + "Åse".length();
        assertTrue(text.substring(from, to).contains(EMOJI));
        open(reader("samarbejde", from, to));
        assertEquals(text.substring(from, to), passageText());
        assertTrue(inViewport(one("#transcript mark.passage")));
    }

    @Test
    void urlRangeEndingInsideTheEmoji_widensToTheWholeEmoji() {
        String text = documentText("samarbejde");
        int emoji = text.indexOf(EMOJI);
        int from = text.indexOf("mere");
        open(reader("samarbejde", from, emoji + 1));
        assertEquals(text.substring(from, emoji + 2), passageText());
        assertTrue(passageText().endsWith(EMOJI));
    }

    @Test
    void urlRangeStartingInsideTheEmoji_widensToTheWholeEmoji() {
        String text = documentText("samarbejde");
        int emoji = text.indexOf(EMOJI);
        int to = text.indexOf("Søren") + "Søren".length();
        open(reader("samarbejde", emoji + 1, to));
        assertEquals(EMOJI + " Søren", passageText());
    }

    @Test
    void selectingText_mapsBackToDocumentOffsets_afterTheEmoji() {
        String text = documentText("samarbejde");
        open("#/documents/samarbejde");
        List<?> offsets = select("const node = textNodeWith('Åse'); const i = node.data.indexOf('Åse');"
                + " range.setStart(node, i); range.setEnd(node, i + 3);");
        int start = text.indexOf("Åse");
        assertEquals(List.of(start, start + 3), offsets);
        WebElement info = one("#selection-info");
        wait.until(d -> info.isDisplayed());
        assertTrue(info.findElement(org.openqa.selenium.By.tagName("a")).getAttribute("href")
                .endsWith("#/documents/samarbejde?from=" + start + "&to=" + (start + 3)));
    }

    @Test
    void selectingAcrossTurns_mapsToTheDocumentRangeBetweenThem() {
        String text = documentText("samarbejde");
        open("#/documents/samarbejde");
        List<?> offsets = select("const a = textNodeWith('Hvad med sanktioner?');"
                + " const b = textNodeWith('Sanktionen kom');"
                + " range.setStart(a, a.data.indexOf('sanktioner?'));"
                + " range.setEnd(b, b.data.indexOf('Sanktionen') + 'Sanktionen'.length);");
        int start = text.indexOf("sanktioner?");
        int end = text.indexOf("Sanktionen kom") + "Sanktionen".length();
        assertEquals(List.of(start, end), offsets);
    }

    @Test
    void selectionStartingOnASpeakerLabel_startsAtThatTurnsText() {
        String text = documentText("samarbejde");
        open("#/documents/samarbejde");
        List<?> offsets = select("const turn = document.querySelectorAll('#transcript .turn')[1];"
                + " const b = textNodeWith('Altså');"
                + " range.setStart(turn.querySelector('.turn-meta'), 0);"
                + " range.setEnd(b, b.data.indexOf('Altså') + 5);");
        int start = text.indexOf("Altså");
        assertEquals(List.of(start, start + 5), offsets);
    }

    /**
     * Runs {@code setup} (which sets {@code range} using {@code textNodeWith(s)}), selects the range and returns
     * what offsets.js's selectionToOffsets makes of it: [start, end].
     */
    private static List<?> select(String setup) {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/js/offsets.js').then((m) => {"
                        + "  const root = document.getElementById('transcript');"
                        + "  const text = (n) => n.parentElement.closest('.code-margin') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;"
                        + "  const textNodeWith = (s) => { const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, text);"
                        + "    for (let n = w.nextNode(); n; n = w.nextNode()) { if (n.data.includes(s)) return n; }"
                        + "    throw new Error('no text ' + s); };"
                        + "  const range = document.createRange();"
                        + setup
                        + "  const selection = document.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                        + "  const r = m.selectionToOffsets(root);"
                        + "  done(r ? [r.start, r.end] : null);"
                        + "}).catch((e) => done(String(e)));");
        assertTrue(result instanceof List<?>, "selectionToOffsets gave " + result);
        return ((List<?>) result).stream().map(n -> ((Number) n).intValue()).toList();
    }

    @Test
    void interviewerTurns_lookDifferentFromRespondentTurns() {
        open("#/documents/samarbejde");
        WebElement interviewer = one("#transcript .turn-interviewer");
        WebElement respondent = one("#transcript .turn-respondent");
        assertEquals("I", interviewer.findElement(org.openqa.selenium.By.cssSelector(".speaker")).getText());
        assertEquals("00:00:05", interviewer.findElement(org.openqa.selenium.By.cssSelector(".timestamp")).getText());
        assertNotEquals(interviewer.getCssValue("background-color"), respondent.getCssValue("background-color"));
        assertTrue(interviewer.getRect().getX() > respondent.getRect().getX(), "interviewer turns are indented");
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void speakerLegend_explainsEveryLabelOfTheTranscript_inThePagesLanguage() {
        open("#/documents/A-B2");
        List<String> legend = all("#speaker-legend .speaker-legend-item").stream().map(WebElement::getText).toList();
        assertEquals(List.of("i interviewer (39 ture)", "m respondent (6 ture)", "r respondent (39 ture)"),
                legend.stream().map(ReaderPageIT::flat).toList());
        assertEquals("respondent", one("#speaker-legend [data-speaker='M']").getAttribute("data-role"));
        switchLanguage("en");
        try {
            assertEquals("m respondent (6 turns)", flat(one("#speaker-legend [data-speaker='M']").getText()));
            assertEquals("Speakers", one("#speaker-legend .speaker-legend-title").getText());
        } finally {
            switchLanguage("da");
        }
    }

    @Test
    void scriptTranscript_showsMarkupAsLiteralText_andRunsNothing() {
        open("#/documents/script");
        String shown = one("#transcript").getText();
        assertTrue(shown.contains("<script>alert(1)</script>"), shown);
        assertTrue(shown.contains("<img src=x onerror=alert(1)>"), shown);
        assertEquals(0, all("#transcript img").size());
        assertEquals(0, all("#transcript script").size());
        assertNoAlertOpen();
    }

    @Test
    void kwicOfAlert_showsTheMarkupAsLiteralText() {
        open("#/search?q=alert");
        List<WebElement> rows = all("#kwic tbody tr");
        assertEquals(1, rows.size());
        String row = (String) js("return arguments[0].textContent;", rows.get(0));
        assertTrue(row.contains("<script>alert(1)</script>"), row);
        assertTrue(row.contains("<img src=x onerror=alert(1)>"), row);
        assertEquals(0, all("#kwic img").size());
        assertNoAlertOpen();
    }
}
