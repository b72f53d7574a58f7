package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Intercoder agreement end to end in Chromium: a researcher opens a round in the page, two coders code the same
 * interview blind (each sees only their own codings in the reader), the researcher closes it and reads the
 * agreement, resolves the disagreements into the consensus coder's codings, and compare counts the consensus.
 */
class RoundsPageIT extends PageTest {
    private static final String DOCUMENT = "A-B2";

    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    @Test
    void twoCodersCodeBlind_agreementIsComputed_disagreementsBecomeConsensus_andCompareCountsIt() {
        long team = code("team").get("id").asLong();
        long document = documentId(DOCUMENT);
        List<int[]> sentences = respondentSentences(DOCUMENT);

        open("#/rounds");
        one("#round-name").sendKeys("Første runde – æøå");
        new Select(one("#round-codebook")).selectByValue("ressourceforloeb");
        one(".round-code[value='" + team + "']").click();
        one(".round-document[value='" + document + "']").click();
        one("#round-coders").sendKeys("anna, bø");
        clickAndAwait(one("#round-open"), "#/rounds/");
        long round = Long.parseLong(fragment().substring("#/rounds/".length()));
        assertEquals("åben (blind)", one("#round-state").getText());
        assertEquals("anna, bø", one("#round-coders-list").getText());
        screenshot("round-open");

        long annas = codeAs("anna", document, team, sentences.get(0));
        long bos = codeAs("bø", document, team, sentences.get(1));
        assertEquals(List.of(true, false), seenInTheReaderBy("anna", annas, bos));
        assertEquals(List.of(false, true), seenInTheReaderBy("bø", annas, bos));
        actAs("forsker");

        open("#/rounds/" + round);
        one("#round-close").click();
        wait.until(d -> !all("#agreement-table").isEmpty());
        assertEquals("lukket", one("#round-state").getText());
        List<String> row = all("#agreement-table tr.agreement-row[data-code='" + team + "'] td").stream()
                .map(WebElement::getText).toList();
        assertTrue(row.get(1).startsWith("2"), "two codings: " + row);
        assertEquals("2", row.get(3), "two coders");
        assertTrue(row.get(5).matches("-?\\d.*|–"), "κ: " + row);
        assertFalse(all(".kappa-line[data-code='" + team + "'] .kappa-track").isEmpty(), "the chart has the code");
        screenshot("round-agreement");
        int compareBefore = compareTotal(team);

        open("#/rounds/" + round);
        clickAndAwait(one("#agreement-table tr[data-code='" + team + "'] a.disagreements-link"),
                "/codes/" + team);
        assertEquals(2, all("#disagreements li.disagreement").size(), "each coded what the other did not");
        one(".take[data-coding='" + annas + "']").click();
        wait.until(d -> all("#disagreements li.decided").size() == 1);
        one("#disagreements li.disagreement:not(.decided) button.drop").click();
        wait.until(d -> all("#disagreements li.decided").size() == 2);
        screenshot("round-consensus");

        JsonNode consensus = codingsOf(DOCUMENT, "konsensus");
        assertEquals(1, consensus.size());
        assertEquals(sentences.get(0)[0], consensus.get(0).get("span").get("start").asInt());
        assertEquals(compareBefore + 1, compareTotal(team), "compare counts the consensus coding");

        for (String language : List.of("en", "da")) {
            open("#/rounds/" + round + "/codes/" + team);
            switchLanguage(language);
            assertOnlyLanguage(language, "disagreements");
            open("#/rounds/" + round);
            assertOnlyLanguage(language, "a closed round with its agreement");
            open("#/rounds");
            assertOnlyLanguage(language, "rounds");
        }
    }

    /** The first two sentences inside respondent turns of a document. */
    private static List<int[]> respondentSentences(String name) {
        JsonNode doc = api("documents/" + name, Map.of());
        List<int[]> out = new ArrayList<>();
        for (JsonNode s : doc.get("sentences")) {
            int start = s.get("span").get("start").asInt();
            for (JsonNode turn : doc.get("turns")) {
                if (turn.get("role").asText().equals("respondent") && turn.get("span").get("start").asInt() <= start
                        && start < turn.get("span").get("end").asInt() && out.size() < 2) {
                    out.add(new int[] {start, s.get("span").get("end").asInt()});
                }
            }
        }
        return out;
    }

    private static long codeAs(String coder, long document, long code, int[] span) {
        return send("POST", "codings", json(Map.of("documentId", document, "codeId", code, "start", span[0],
                "end", span[1], "coder", coder))).get("id").asLong();
    }

    /** Whether each coding is drawn in the reader for this coder. */
    private static List<Boolean> seenInTheReaderBy(String coder, long... codings) {
        actAs(coder);
        open("#/documents/" + DOCUMENT);
        wait.until(d -> !all("#transcript .turn").isEmpty());
        List<Boolean> out = new ArrayList<>();
        for (long id : codings) {
            out.add(!all("#transcript mark.coded[data-codings~='" + id + "']").isEmpty());
        }
        return out;
    }

    /** Types a name in the coder box, as a person would, so that every later request names this coder. */
    private static void actAs(String coder) {
        open("#/rounds");
        WebElement box = one("#coder");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), coder, Keys.TAB);
        wait.until(d -> coder.equals(js("return localStorage.getItem('kodetrae.coder');")));
    }

    private static int compareTotal(long code) {
        open("#/compare?book=ressourceforloeb&by=ressourceteam&measure=passages&speaker=all");
        return Integer.parseInt(one("#compare-table tr[data-code='" + code + "'] td.total").getText()
                .replace(".", ""));
    }

    private static JsonNode codingsOf(String document, String coder) {
        List<JsonNode> out = new ArrayList<>();
        codings(document).forEach(k -> {
            if (k.get("coder").asText().equals(coder)) {
                out.add(k);
            }
        });
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().addAll(out);
    }
}
