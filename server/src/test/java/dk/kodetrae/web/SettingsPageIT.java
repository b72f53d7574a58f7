package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kodetrae.project.DemoProject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The project's settings in the page: the settings view, and compare and codes opening on the default codebook. */
class SettingsPageIT extends PageTest {
    private static final String LABEL_JA = "input.group-label-input[data-attribute='ressourceteam'][data-value='ja']";

    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    /** Each test may change the settings; the next starts from the demo's again. */
    @AfterEach
    void restoreTheDemosSettings() {
        send("PUT", "project/settings", json(DemoProject.SETTINGS));
    }

    private static List<String> groupNames() {
        return all("#compare-table thead .group-name").stream().map(WebElement::getText).toList();
    }

    @Test
    void compareAndCodes_openOnTheProjectsDefaultCodebook_withTheGroupLabels() {
        open("#/compare");
        assertEquals("ressourceforloeb", new Select(one("#compare-book")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("ressourceteam", new Select(one("#compare-by")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(List.of("Kommuner med ressourceteam", "Kommuner uden ressourceteam"), groupNames());
        assertFalse(one("#compare-settings-hint").isDisplayed(), "the demo has set what compare needs");
        screenshot("compare-default-codebook");

        open("#/codes");
        assertEquals("ressourceforloeb", one(".book-tab.current").getAttribute("data-book"));
    }

    @Test
    void aCodeWithoutPassages_showsADashForItsStatistics_notP1() {
        JsonNode added = send("POST", "codebooks/ressourceforloeb/codes",
                json(Map.of("name", "Endnu ikke brugt æøå", "actor", "test")));
        long id = added.get("id").asLong();
        try {
            open("#/compare?stats=1");
            List<String> stats = all("#compare-table tr[data-code='" + id + "'] td.pval").stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("–", "–", "–"), stats);
            assertTrue(all("#compare-table tbody tr:first-child td.pval").stream()
                    .noneMatch(td -> td.getText().isBlank()), "the codes with passages keep their p");
        } finally {
            send("DELETE", "codes/" + id + "?actor=test", null);
        }
    }

    @Test
    void settingsView_showsTheSettings_andSavesAChangedGroupLabel_whichCompareThenUses() {
        open("#/settings");
        assertEquals("kommune", new Select(one("#settings-cluster")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("ressourceforloeb", new Select(one("#settings-codebook")).getFirstSelectedOption()
                .getAttribute("value"));
        assertEquals(DemoProject.SETTINGS.attributionTemplate(), one("#settings-template").getAttribute("value"));
        assertEquals("Kommuner med ressourceteam", one(LABEL_JA).getAttribute("value"));
        assertTrue(all("#settings-hint").isEmpty(), "nothing unset, no hint");
        screenshot("settings");

        one(LABEL_JA).clear();
        one(LABEL_JA).sendKeys("Kommuner, der har et ressourceteam (æøå)");
        one("#settings-save").click();
        wait.until(ExpectedConditions.textToBe(org.openqa.selenium.By.id("settings-status"), "Gemt."));
        assertEquals("Kommuner, der har et ressourceteam (æøå)",
                api("project/settings", Map.of()).get("groupLabels").get("ressourceteam").get("ja").asText());

        open("#/compare");
        assertEquals("Kommuner, der har et ressourceteam (æøå)", groupNames().get(0));
    }

    @Test
    void settingsView_refusesABadTemplate_sayingWhy_andKeepsTheOldOne() {
        open("#/settings");
        one("#settings-template").clear();
        one("#settings-template").sendKeys("({rolle)");
        one("#settings-save").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("settings-error")));
        String error = one("#settings-error").getText();
        assertTrue(error.contains("attributionTemplate") && error.contains("unclosed '{' at position 2"), error);
        assertEquals(DemoProject.SETTINGS.attributionTemplate(),
                api("project/settings", Map.of()).get("attributionTemplate").asText());
    }

    @Test
    void aProjectWithoutSettings_getsDefaultsAndAHint_notTheDemosValues() {
        send("PUT", "project/settings", "{}");
        open("#/settings");
        assertTrue(one("#settings-hint").getText().contains("Ikke sat for dette projekt: klyngeattribut,"),
                one("#settings-hint").getText());
        assertEquals("", one("#settings-template").getAttribute("value"));
        assertEquals("", new Select(one("#settings-cluster")).getFirstSelectedOption().getAttribute("value"));

        open("#/compare?by=ressourceteam");
        assertTrue(one("#compare-settings-hint").isDisplayed());
        assertEquals(List.of("ressourceteam = ja", "ressourceteam = nej"), groupNames());
        String book = api("project/settings", Map.of()).get("defaultCodebook").asText();
        assertEquals(book, new Select(one("#compare-book")).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void settingsView_speaksEnglish_andSoDoesItsRefusal() {
        open("#/settings");
        switchLanguage("en");
        try {
            assertEquals("Project settings", one("#settings-view h1").getText());
            assertOnlyLanguage("en", "the settings view");
            one("#settings-template").clear();
            one("#settings-template").sendKeys("({stilling})");
            one("#settings-save").click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("settings-error")));
            String error = one("#settings-error").getText();
            assertTrue(error.contains("attributionTemplate: the project has no attribute \"stilling\""), error);
            assertOnlyLanguage("en", "the refused settings");
        } finally {
            switchLanguage("da");
        }
    }
}
