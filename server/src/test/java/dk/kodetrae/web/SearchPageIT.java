package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Søg: KWIC rows, filters, paging and the way from a hit into the reader. */
class SearchPageIT extends PageTest {
    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    private static List<WebElement> rows() {
        return all("#kwic tbody tr");
    }

    private static String summary() {
        return one("#search-summary").getText();
    }

    /** The distinct marked words of the rows' KWIC lines, lower-cased. */
    private static List<String> lowerCaseHits(List<WebElement> rows) {
        return rows.stream().map(row -> row.findElement(org.openqa.selenium.By.cssSelector(".kwic-hit")).getText()
                .toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** The label around a hidden radio or checkbox: what a person clicks. */
    private static WebElement choice(String group, String value) {
        return one(group + " label:has(input[value='" + value + "'])");
    }

    @Test
    void phraseSearch_showsKwicRowsWithTheHit() {
        open("#/search");
        one("#search-q").sendKeys("\"tværfagligt samarbejde\"", Keys.ENTER);
        wait.until(d -> fragment().contains("q="));
        awaitView();
        List<WebElement> rows = rows();
        assertEquals(api("search", Map.of("q", "\"tværfagligt samarbejde\"")).get("total").asInt(), rows.size());
        assertTrue(rows.size() >= 3, "rows: " + rows.size());
        for (WebElement row : rows) {
            String hit = row.findElement(org.openqa.selenium.By.cssSelector(".kwic-hit")).getText();
            assertTrue(hit.toLowerCase(Locale.ROOT).matches("tværfaglig\\w* samarbejd\\w*"), hit);
        }
        assertTrue(summary().startsWith(rows.size() + " sætninger i "), summary());
        screenshot("search");
    }

    @Test
    void clickingAHit_opensTheReaderWithThatSentenceHighlightedInView() {
        open("#/search?q=" + "%22tv%C3%A6rfagligt%20samarbejde%22");
        WebElement link = rows().get(0).findElement(org.openqa.selenium.By.cssSelector(".kwic-hit a"));
        String hit = link.getText();
        String target = URLDecoder.decode(link.getAttribute("href"), StandardCharsets.UTF_8);
        String name = target.replaceAll(".*#/documents/([^?]+)\\?.*", "$1");
        int from = Integer.parseInt(target.replaceAll(".*[?&]from=(\\d+).*", "$1"));
        int to = Integer.parseInt(target.replaceAll(".*[?&]to=(\\d+).*", "$1"));

        clickAndAwait(link, "#/documents/" + name);
        assertEquals(name, one(".reader-head h1").getText());
        String passage = passageText();
        assertEquals(documentText(name).substring(from, to), passage);
        assertTrue(passage.contains(hit), passage + " should contain " + hit);
        assertEquals(hit, one("#transcript mark.passage mark.match").getText());
        assertTrue(inViewport(one("#transcript mark.passage")), "the passage is scrolled into view");
        screenshot("reader");
    }

    /** Every word counts: a phrase with a stop word is marked whole, in the KWIC line and in the reader. */
    @Test
    void phraseWithAStopWord_marksTheWholePhrase_inTheKwicLineAndTheReader() {
        open("#/search?q=" + "%22ikke%20lyst%22");
        List<WebElement> rows = rows();
        assertEquals(api("search", Map.of("q", "\"ikke lyst\"")).get("total").asInt(), rows.size());
        assertTrue(rows.size() < api("search", Map.of("q", "lyst")).get("total").asInt(), "not every 'lyst'");
        assertEquals(List.of("ikke lyst"), lowerCaseHits(rows), "each row marks the whole phrase");
        WebElement link = rows.get(0).findElement(org.openqa.selenium.By.cssSelector(".kwic-hit a"));
        String name = URLDecoder.decode(link.getAttribute("href"), StandardCharsets.UTF_8)
                .replaceAll(".*#/documents/([^?]+)\\?.*", "$1");
        clickAndAwait(link, "#/documents/" + name);
        assertEquals("ikke lyst", one("#transcript mark.passage mark.match").getText().toLowerCase(Locale.ROOT));
    }

    /** The syntax line's =word example: the written form only, where the stem would find more. */
    @Test
    void exactFormExample_findsTheWrittenFormOnly() {
        open("#/search");
        clickAndAwait(one(".examples a[href*='%3Dstol']"), "q=%3Dstol");
        List<WebElement> rows = rows();
        assertEquals(api("search", Map.of("q", "=stol")).get("total").asInt(), rows.size());
        assertTrue(rows.size() < api("search", Map.of("q", "stol")).get("total").asInt(), "stoler, stole are left out");
        assertEquals(List.of("stol"), lowerCaseHits(rows));
        assertTrue(one(".syntax-help").getText().contains("=stol"), one(".syntax-help").getText());
    }

    @Test
    void filterRessourceteamJa_leavesOnlyHitsFromRessourceteamJa() {
        open("#/search?q=samarbejde");
        int unfiltered = rows().size();
        clickAndAwait(choice("#search-filters", "ressourceteam:ja"), "where=ressourceteam%3Aja");
        List<WebElement> rows = rows();
        assertTrue(!rows.isEmpty() && rows.size() < unfiltered, rows.size() + " of " + unfiltered);
        for (WebElement row : rows) {
            assertEquals("ressourceteam ja", row.findElement(
                    org.openqa.selenium.By.cssSelector("[data-attribute='ressourceteam']")).getText());
        }
        assertEquals(List.of("ja"), all("#per-ressourceteam .bar-label").stream().map(WebElement::getText).toList());
    }

    @Test
    void speakerFilterInterviewer_leavesOnlyInterviewerUnits() {
        open("#/search?q=samarbejde");
        assertTrue(rows().stream().anyMatch(r -> "respondent".equals(r.getAttribute("data-role"))));
        clickAndAwait(choice("#filter-speaker", "interviewer"), "speaker=interviewer");
        List<WebElement> rows = rows();
        assertTrue(!rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> "interviewer".equals(r.getAttribute("data-role"))));
        assertEquals(api("search", Map.of("q", "samarbejde", "speaker", "interviewer")).get("total").asInt(),
                rows.size());
    }

    @Test
    void paging_movesToTheNextFiftyAndBack() {
        int total = api("search", Map.of("q", "tid")).get("total").asInt();
        assertTrue(total > 150, "the demo has " + total + " hits for 'tid'");
        open("#/search?q=tid");
        assertEquals(50, rows().size());
        assertTrue(summary().contains("viser 1–50"), summary());
        String firstOnPageOne = rows().get(0).getText();

        clickAndAwait(one("#pager a.next"), "page=2");
        assertEquals(50, rows().size());
        assertTrue(summary().contains("viser 51–100"), summary());
        assertNotEquals(firstOnPageOne, rows().get(0).getText());
        assertEquals("2", one("#pager .current").getText());

        driver.navigate().back();
        wait.until(d -> !fragment().contains("page="));
        awaitView();
        assertTrue(summary().contains("viser 1–50"), summary());

        int last = (total + 49) / 50;
        clickAndAwait(one("#pager a.page:nth-last-of-type(2)"), "page=" + last);
        assertEquals(total - (last - 1) * 50, rows().size());
        assertEquals(0, all("#pager a.next").size(), "no next page after the last");
    }

    @Test
    void reload_keepsQueryFiltersAndPage() {
        open("#/search?q=tid&where=kommune%3AD&speaker=respondent&page=2");
        String before = one("#kwic tbody").getText();
        driver.navigate().refresh();
        awaitView();
        assertEquals("tid", one("#search-q").getDomProperty("value"));
        assertTrue(one("#search-filters input[value='kommune:D']").isSelected());
        assertTrue(one("#filter-speaker input[value='respondent']").isSelected());
        assertEquals("2", one("#pager .current").getText());
        assertEquals(before, one("#kwic tbody").getText());
    }

    @Test
    void invalidQuery_isExplainedInPlainWordsWithThePosition() {
        open("#/search?q=%28%22og");
        WebElement error = one("#search-error");
        assertTrue(error.isDisplayed());
        assertEquals("Søgningen kunne ikke udføres. Anførselstegnet ved tegn 2 lukkes aldrig. Sæt et \" efter udtrykket.",
                error.getText());
        assertEquals(0, rows().size());
        open("#/search?q=" + java.net.URLEncoder.encode("ledig AND", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(one("#search-error").getText().contains("AND ved tegn 7 skal have et ord på begge sider."),
                one("#search-error").getText());
    }

    @Test
    void emptySearchPage_offersExamplesThatRun() {
        open("#/search");
        clickAndAwait(one(".examples a"), "q=sanktion");
        assertTrue(!rows().isEmpty());
        assertEquals("sanktion", one("#search-q").getDomProperty("value"));
    }
}
