package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Sammenlign on the demo corpus: table, measures, statistics, drill-down, charts, co-occurrence, export; the coding
 * filter in the compare view, the export panel and the code view; and coding selected KWIC hits from the search page.
 * The demo's study codebook is pre-coded by its rules and nobody has reviewed those codings, so most tests ask for
 * all codings ({@code codings=all}); by default they would not count.
 */
class ComparePageIT extends PageTest {
    private static final String BY_TEAM = "#/compare?book=ressourceforloeb&by=ressourceteam&codings=all";

    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    private static JsonNode compare() {
        return compare("all");
    }

    private static JsonNode compare(String codings) {
        return api("compare", Map.of("codebook", "ressourceforloeb", "by", "ressourceteam", "speaker", "respondent",
                "codings", codings));
    }

    private static List<String> firstRowCells() {
        return all("#compare-table tbody tr:first-child td .cell-button").stream().map(WebElement::getText).toList();
    }

    @Test
    void compareByRessourceteam_showsTheCountsAndTheCaveats_andTheMeasureSwitchChangesThem() {
        JsonNode expected = compare();
        open(BY_TEAM);
        List<String> passages = firstRowCells();
        assertEquals(List.of(expected.get("rows").get(0).get("cells").get(0).get("passages").asText(),
                expected.get("rows").get(0).get("cells").get(1).get("passages").asText()), passages);
        screenshot("compare-table");
        clickAndAwait(one("#choose-measure input[value='share'] + span"), "measure=share");
        List<String> shares = firstRowCells();
        assertNotEquals(passages, shares);
        long percent = Math.round(expected.get("rows").get(0).get("cells").get(0).get("interviewShare").asDouble() * 100);
        assertEquals(percent + " %", shares.get(0));
        clickAndAwait(one("#choose-measure input[value='coverage'] + span"), "measure=coverage");
        assertNotEquals(shares, firstRowCells());
    }

    @Test
    void statistics_addPAndQColumns() {
        open(BY_TEAM + "&stats=1");
        List<String> heads = all("#compare-table thead th").stream().map(WebElement::getText).toList();
        assertTrue(heads.containsAll(List.of("p", "q (BH)", "perm. p")), heads.toString());
        assertFalse(one("#compare-table tbody tr:first-child td.pval").getText().isBlank());
        // 2 against 2 municipalities: the API warns that no municipality-level test can be significant.
        assertTrue(one("#caveats").isDisplayed());
        assertTrue(one("#caveats").getText().contains("2 mod 2 klynger (forskellige værdier af \"kommune\")"), one("#caveats").getText());
        screenshot("compare-stats");
    }

    @Test
    void clickingACell_listsThePassagesBehindIt() {
        JsonNode row = compare().get("rows").get(1);
        long code = row.get("codeId").asLong();
        int expected = row.get("cells").get(0).get("passages").asInt();
        int total = api("codes/" + code + "/passages", Map.of("sub", "true", "speaker", "respondent", "codings", "all",
                "where", "ressourceteam:ja", "limit", "1")).get("total").asInt();
        open(BY_TEAM);
        one("#compare-table .cell-button[data-code='" + code + "'][data-group='0']").click();
        wait.until(d -> !all("#drill-passages .passage").isEmpty());
        assertTrue(one("#drill-summary").getText().startsWith(total + " passage"), one("#drill-summary").getText());
        assertEquals(Math.min(total, 50), all("#drill-passages .passage").size());
        assertTrue(expected > 0);
        String link = one("#drill-passages .passage-hit").getAttribute("href");
        assertTrue(link.contains("#/documents/") && link.contains("from="), link);
        screenshot("compare-drill");
    }

    @Test
    void barChartAndHeatmap_areSvg_showNumbersOnHover_drillDownOnClick_andExportAsPng() {
        JsonNode expected = compare();
        int cells = expected.get("rows").size() * expected.get("groups").size();
        open(BY_TEAM + "&tab=bars");
        assertEquals(cells, all("#bar-chart rect.bar").size());
        WebElement bar = one("#bar-chart rect.bar[data-row='0'][data-group='1']");
        String tip = (String) js("return arguments[0].querySelector('title').textContent;", bar);
        assertTrue(tip.contains(expected.get("rows").get(0).get("cells").get(1).get("passages").asText() + " passager"), tip);
        screenshot("compare-bars");
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", bar);
        wait.until(d -> !all("#drill-passages .passage").isEmpty());
        Object png = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/js/charts.js').then((m) => m.pngBlob(document.getElementById('bar-chart')))"
                        + ".then((b) => done(b.type + ' ' + b.size)).catch((e) => done(String(e)));");
        assertTrue(String.valueOf(png).startsWith("image/png "), String.valueOf(png));
        assertTrue(Long.parseLong(String.valueOf(png).split(" ")[1]) > 5000, String.valueOf(png));

        open(BY_TEAM + "&tab=heatmap&measure=share");
        assertEquals(cells, all("#heatmap g.cell").size());
        assertTrue(one("#heatmap").getText().contains("%"));
        screenshot("compare-heatmap");
    }

    @Test
    void cooccurrence_showsCountsAndJaccard() {
        open(BY_TEAM + "&tab=cooc");
        assertFalse(all("#cooc-table tbody tr").isEmpty());
        assertFalse(all("#cooc-table td .j").isEmpty());
        screenshot("compare-cooccurrence");
    }

    @Test
    void exportDocx_fromThePage_hasTheCodeHeadings() throws Exception {
        open(BY_TEAM + "&where=rolle:borger&tab=export");
        one("#export-codes input[value='team']").click();
        new org.openqa.selenium.support.ui.Select(one("#export-format")).selectByValue("docx");
        String href = one("#export-link").getAttribute("href");
        assertTrue(href.contains("codes=team%2C") && href.contains("format=docx") && href.contains("where=rolle%3Aborger")
                && href.contains("codings=all"), href);
        screenshot("compare-export");
        HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(headings.contains("Team"), headings.toString());
            assertFalse(headings.contains("Organisering"), headings.toString());
        }
    }

    @Test
    void searchPage_codesSelectedHits_withThePicker() {
        // The picker opens on the project's default codebook, the study's.
        JsonNode code = code("organisering-ventetider");
        int before = api("codes/" + code.get("id").asLong() + "/passages", Map.of("limit", "1")).get("total").asInt();
        open("#/search?q=sanktion");
        List<WebElement> picks = all("#kwic .kwic-pick");
        picks.get(0).click();
        picks.get(2).click();
        one("#code-selected").click();
        WebElement input = wait.until(d -> one("#picker-filter"));
        input.sendKeys(code.get("name").asText());
        input.sendKeys(Keys.ENTER);
        wait.until(d -> "2".equals(one("#selected-count").getAttribute("data-done")));
        assertEquals(2, all("#kwic tr.coded").size());
        assertEquals(before + 2, api("codes/" + code.get("id").asLong() + "/passages", Map.of("limit", "1"))
                .get("total").asInt());
        screenshot("search-coded");
    }

    /**
     * Issue 18 §2: the compare view says which codings count and lets the user choose; the unreviewed auto codings
     * stay visible as their own column whatever the choice; the export panel and the code view follow the choice.
     */
    @Test
    void codingFilter_isShownAndChosenInCompare_theExportPanelAndTheCodeView() {
        JsonNode reviewed = compare("reviewed");
        JsonNode all = compare("all");
        int unreviewed = all.get("total").get("total").get("unreviewed").asInt();
        assertTrue(unreviewed > 0, "the demo's rule codings are not reviewed");
        open("#/compare?book=ressourceforloeb&by=ressourceteam");

        assertTrue(one("#choose-codings input[value='reviewed']").isSelected(), "the default is in force");
        assertTrue(one("#codings-note").getText().startsWith("Tæller manuelle og accepterede automatiske kodninger."),
                one("#codings-note").getText());
        String danish = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("da-DK"))
                .format(unreviewed);
        assertTrue(one("#codings-note").getText().contains(danish + " automatiske kodninger er ikke gennemset"),
                one("#codings-note").getText());
        assertEquals(reviewed.get("total").get("total").get("passages").asText(),
                one("#compare-table tr.total-row td.total").getText().replace(".", ""));
        assertEquals(String.valueOf(all.get("rows").get(0).get("total").get("unreviewed").asInt()),
                one("#compare-table tbody tr:first-child td.unreviewed").getText().replace(".", ""));
        screenshot("compare-codings-reviewed");

        clickAndAwait(one("#choose-codings input[value='all'] + span"), "codings=all");
        assertTrue(one("#choose-codings input[value='all']").isSelected());
        assertTrue(one("#codings-note").getText().startsWith("Tæller alle kodninger"), one("#codings-note").getText());
        assertEquals(all.get("total").get("total").get("passages").asText(),
                one("#compare-table tr.total-row td.total").getText().replace(".", ""));

        clickAndAwait(one("#compare-tabs a[data-tab='export']"), "tab=export");
        assertTrue(one("#export-link").getAttribute("href").contains("codings=all"));
        assertEquals("Kodninger i udtrækket: Alle, også ikke gennemsete", one("#export-codings").getText());

        long motivation = code("motivation").get("id").asLong();
        int allPassages = api("codes/" + motivation + "/passages", Map.of("codings", "all", "limit", "1"))
                .get("total").asInt();
        int reviewedPassages = api("codes/" + motivation + "/passages", Map.of("limit", "1")).get("total").asInt();
        assertNotEquals(allPassages, reviewedPassages);
        open("#/codes/" + motivation);
        assertTrue(one("#choose-codings input[value='reviewed']").isSelected());
        assertTrue(one("#passage-summary").getText().startsWith(reviewedPassages + " passage"),
                one("#passage-summary").getText());
        clickAndAwait(one("#choose-codings input[value='all'] + span"), "codings=all");
        assertTrue(one("#passage-summary").getText().startsWith(allPassages + " passage"),
                one("#passage-summary").getText());
        assertFalse(all("#passages .origin.unreviewed").isEmpty(), "unreviewed passages say so");
        screenshot("code-view-codings-all");
    }
}
