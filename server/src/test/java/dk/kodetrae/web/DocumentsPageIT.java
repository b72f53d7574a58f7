package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Dokumenter: the table of the 34 demo interviews and the fixture {@code script}, which has no attributes. */
class DocumentsPageIT extends PageTest {
    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    private static List<String> column(String attribute) {
        return all("#documents-table tbody td[data-attribute='" + attribute + "']").stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void documentsTable_listsTheDemoInterviewsAndTheFixture() {
        open("#/documents");
        assertEquals(35, all("#documents-table tbody tr").size());
        assertEquals("35 dokumenter", one("#documents-summary").getText());
        // The fixture has no kommune: its cell shows a dash, not an empty string or "undefined".
        assertEquals("—", one("tr[data-document='script'] td[data-attribute='kommune']").getText());
        screenshot("documents");
    }

    @Test
    void filteringByKommuneA_leavesItsEightInterviews_andNotTheFixtureWithoutKommune() {
        open("#/documents");
        new Select(one("#filter-kommune")).selectByValue("A");
        wait.until(d -> fragment().contains("kommune=A"));
        awaitView();
        assertEquals(8, all("#documents-table tbody tr").size());
        assertTrue(column("kommune").stream().allMatch("A"::equals), column("kommune").toString());
        assertEquals("Viser 8 af 35 dokumenter", one("#documents-summary").getText());
    }

    @Test
    void filteringByNoKommune_leavesOnlyTheFixture() {
        open("#/documents?kommune=");
        assertEquals(List.of("script"), all("#documents-table tbody tr").stream()
                .map(r -> r.getAttribute("data-document")).toList());
    }

    @Test
    void filtersCombine_kommuneAndRessourceteam() {
        open("#/documents?kommune=C&ressourceteam=ja");
        List<WebElement> rows = all("#documents-table tbody tr");
        assertTrue(!rows.isEmpty());
        assertTrue(column("ressourceteam").stream().allMatch("ja"::equals));
        assertTrue(column("kommune").stream().allMatch("C"::equals));
    }

    @Test
    void clickingTheTurnsHeaderTwice_sortsByTurnsDescending() {
        open("#/documents");
        clickAndAwait(one("th[data-key='turns'] button"), "sort=turns");
        clickAndAwait(one("th[data-key='turns'] button"), "dir=desc");
        List<Integer> turns = all("#documents-table tbody td:nth-last-child(3)").stream()
                .map(td -> Integer.parseInt(td.getText().replace(".", ""))).toList();
        assertEquals(35, turns.size());
        for (int i = 1; i < turns.size(); i++) {
            assertTrue(turns.get(i - 1) >= turns.get(i), "not descending at row " + i + ": " + turns);
        }
        assertEquals("descending", one("th[data-key='turns']").getAttribute("aria-sort"));
    }

    @Test
    void clickingARow_opensTheReader() {
        open("#/documents");
        clickAndAwait(one("tr[data-document='A-B2'] td[data-attribute='rolle']"), "#/documents/A-B2");
        assertEquals("A-B2", one(".reader-head h1").getText());
        assertTrue(all("#transcript .turn").size() > 10);
    }
}
