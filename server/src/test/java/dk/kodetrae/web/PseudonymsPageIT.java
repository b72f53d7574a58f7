package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

/**
 * Pseudonymisér in real Chromium on the demo corpus: candidates grouped by original in context, one decision for
 * every occurrence, the project's list of names, and applying (the transcripts then carry the pseudonyms). The
 * tests run in order: the last applies the pseudonyms to this class's own copy of the demo project.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PseudonymsPageIT extends PageTest {
    private static final String METTE = ".candidate-group[data-original='Mette']";

    /** The first look for candidates loads the name model and reads the whole corpus; not what the page waits on. */
    @BeforeAll
    static void startPage() throws IOException {
        start();
        api("pseudonyms/candidates", Map.of());
    }

    /** The key file is written beside the temporary project; it goes with it. */
    @AfterAll
    static void removeKey() throws IOException {
        Files.deleteIfExists(Path.of(api("pseudonyms/key", Map.of()).get("file").asText()));
    }

    private static List<JsonNode> candidates(String original) {
        List<JsonNode> out = new ArrayList<>();
        api("pseudonyms/candidates", Map.of()).get("candidates").forEach(c -> {
            if (c.get("original").asText().equals(original)) {
                out.add(c);
            }
        });
        return out;
    }

    @Test
    @Order(1)
    void candidates_areGroupedByOriginal_withEveryOccurrenceInContext() {
        open("#/pseudonyms");
        WebElement mette = one(METTE);
        int occurrences = mette.findElements(org.openqa.selenium.By.cssSelector(".occurrence")).size();
        assertEquals(candidates("Mette").size(), occurrences);
        assertTrue(occurrences > 10, "Mette is in many demo interviews: " + occurrences);
        assertTrue(mette.findElement(org.openqa.selenium.By.cssSelector(".occurrence mark")).getText()
                .equals("Mette"));
        assertFalse(one("#pseudonyms-apply").isEnabled(), "nothing to apply while candidates are open");
        assertOnlyLanguage("da", "Pseudonymisér");
        switchLanguage("en");
        assertOnlyLanguage("en", "Pseudonymise");
        switchLanguage("da");
        screenshot("pseudonyms-review");
    }

    @Test
    @Order(2)
    void anEditedPseudonym_holdsForEveryOccurrenceInTheProject() {
        open("#/pseudonyms");
        WebElement input = one(METTE + " .pseudonym-input");
        input.clear();
        input.sendKeys("[Borger A]");
        one(METTE + " button.accept").click();
        wait.until(d -> !all(METTE + ".status-accepted").isEmpty());
        List<JsonNode> mette = candidates("Mette");
        assertFalse(mette.isEmpty());
        mette.forEach(c -> assertEquals("[Borger A]", c.get("pseudonym").asText(), c.toString()));
        mette.forEach(c -> assertEquals("accepted", c.get("status").asText()));
    }

    @Test
    @Order(3)
    void aNameAddedToTheList_isFoundInTheCorpus() {
        open("#/pseudonyms");
        one("#pseudonyms-name").sendKeys("Mentorhuset");
        new org.openqa.selenium.support.ui.Select(one("#pseudonyms-name-kind")).selectByValue("workplace");
        one("#pseudonyms-names-form button[type='submit']").click();
        wait.until(d -> !all(".candidate-group[data-original='Mentorhuset']").isEmpty());
        assertEquals("list", candidates("Mentorhuset").get(0).get("source").asText());
    }

    @Test
    @Order(4)
    void apply_replacesTheOriginalsInTheTranscripts() {
        Map<String, JsonNode> open = new LinkedHashMap<>();
        api("pseudonyms/candidates", Map.of()).get("candidates").forEach(c -> {
            if (c.get("status").asText().equals("open")) {
                open.putIfAbsent(c.get("original").asText(), c);
            }
        });
        List<Map<String, Object>> decisions = open.values().stream().map(c -> Map.<String, Object>of(
                "original", c.get("original").asText(), "kind", c.get("kind").asText(), "accepted", true,
                "pseudonym", c.get("pseudonym").asText())).toList();
        send("PUT", "pseudonyms/decisions?actor=test", json(decisions));
        open("#/pseudonyms");
        assertTrue(one("#pseudonyms-apply").isEnabled(), "everything is decided");
        one("#pseudonyms-apply").click();
        driver.switchTo().alert().accept();
        // One transcript edit per interview, each re-indexing it: minutes on a loaded build machine.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofMinutes(5))
                .until(d -> one("#pseudonyms-status").getText().contains("Anvendt"));
        assertFalse(documentText("A-B1").contains("Lone"), "the demo's first citizen is pseudonymised");
        assertTrue(api("pseudonyms/status", Map.of()).findValues("pseudonymised").stream()
                .allMatch(JsonNode::asBoolean));
    }
}
