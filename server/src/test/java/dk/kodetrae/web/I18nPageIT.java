package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/** One language at a time: the DA/EN switch, the catalogues, and API errors in the page's language. */
class I18nPageIT extends PageTest {
    @TempDir
    static Path uploads;

    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    /** Opens a route in the given language (the choice is remembered, so a test sets it every time). */
    private static void openIn(String language, String route) {
        open(route);
        if (!language.equals(js("return document.documentElement.lang;"))) {
            switchLanguage(language);
        }
    }

    @Test
    void catalogues_haveTheSameKeysAndTheSamePlaceholders() {
        Object differences = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[0];
                import('/js/i18n.js').then(({catalogues: {da, en}}) => {
                  const shape = (v) => typeof v === 'object'
                      ? Object.keys(v).sort().join('|') + ':' + [...new Set(Object.values(v).join(' ').match(/\\{\\w+\\}/g) || [])].sort()
                      : [...new Set(v.match(/\\{\\w+\\}/g) || [])].sort().join();
                  const out = [];
                  for (const key of new Set([...Object.keys(da), ...Object.keys(en)])) {
                    if (!(key in da) || !(key in en)) {
                      out.push(key + ' is only in ' + (key in da ? 'da' : 'en'));
                    } else if (shape(da[key]) !== shape(en[key])) {
                      out.push(key + ': ' + shape(da[key]) + ' ≠ ' + shape(en[key]));
                    }
                  }
                  done(out);
                });
                """);
        assertEquals(List.of(), differences);
    }

    @Test
    void languageSwitch_translatesTheShell_andIsRememberedAfterAReload() {
        openIn("da", "#/documents");
        assertEquals("Dokumenter", one(".tabs a[data-view='documents']").getText());
        switchLanguage("en");
        assertEquals("Documents", one(".tabs a[data-view='documents']").getText());
        assertEquals("true", one(".language-switch button[data-language='en']").getAttribute("aria-pressed"));
        assertTrue(one("#project-info").getText().contains("documents"), one("#project-info").getText());
        open("#/documents");
        assertEquals("en", js("return document.documentElement.lang;"));
        assertEquals("Search", one(".tabs a[data-view='search']").getText());
        assertEquals("Coder:", one(".coder-field span").getText());
        switchLanguage("da");
        assertEquals("Søg", one(".tabs a[data-view='search']").getText());
    }

    @Test
    void foreignTextCheck_findsAStringOfTheOtherLanguage_butNotData() {
        openIn("da", "#/import");
        assertOnlyLanguage("da", "the import view");
        js("const p = document.createElement('p'); p.id = 'planted'; p.textContent = 'Rebuild index';"
                + " document.getElementById('view').append(p);");
        List<String> found = foreignText("da");
        assertTrue(found.stream().anyMatch(f -> f.startsWith("Rebuild index")), found.toString());
        js("document.getElementById('planted').setAttribute('translate', 'no');");
        assertOnlyLanguage("da", "the import view with English data");
        js("document.getElementById('planted').textContent = 'nav.search';"
                + " document.getElementById('planted').removeAttribute('translate');");
        assertTrue(foreignText("da").contains("catalogue key nav.search"), foreignText("da").toString());
    }

    /**
     * Documents, the reader, search (hits and a query slip), codes, compare with statistics and its caveats, the
     * project settings and an import refusal: in each, the visible page outside data speaks only the chosen language.
     */
    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"da", "en"})
    void corePath_showsNoStringOfTheOtherLanguage(String language) throws IOException {
        openIn(language, "#/documents");
        assertOnlyLanguage(language, "documents");
        clickAndAwait(one("#documents-table tbody tr[data-document='A-B2'] a"), "#/documents/A-B2");
        wait.until(d -> !all("#transcript .turn").isEmpty());
        assertOnlyLanguage(language, "reader");
        open("#/search?q=sanktion");
        assertTrue(all("#kwic tbody tr").size() > 1);
        assertOnlyLanguage(language, "search");
        open("#/search?q=" + URLEncoder.encode("ledig AND (hjælp", StandardCharsets.UTF_8));
        String slip = one("#search-error").getText();
        assertTrue(slip.contains(language.equals("da") ? "Parentesen ved tegn 11 lukkes aldrig"
                : "The parenthesis at character 11 is never closed"), slip);
        assertOnlyLanguage(language, "search with a query slip");
        open("#/codes");
        assertOnlyLanguage(language, "codes");
        open("#/compare?book=ressourceforloeb&by=ressourceteam&stats=1");
        assertTrue(one("#caveats").isDisplayed());
        assertTrue(one("#caveats").getText().contains(language.equals("da")
                ? "2 mod 2 klynger (forskellige værdier af \"kommune\")"
                : "2 vs 2 clusters (different values of \"kommune\")"), one("#caveats").getText());
        assertOnlyLanguage(language, "compare with statistics");
        screenshot("compare-stats-" + language);
        open("#/settings");
        assertOnlyLanguage(language, "settings");
        open("#/import");
        Path bad = Files.writeString(uploads.resolve("forkert-" + language + ".txt"), "I: Hej.\n",
                StandardCharsets.UTF_8);
        Path manifest = Files.writeString(uploads.resolve("manifest-" + language + ".csv"),
                "document,alder:number\nforkert-" + language + ",gammel\n", StandardCharsets.UTF_8);
        one("#import-files").sendKeys(bad.toString());
        one("#import-manifest").sendKeys(manifest.toString());
        one("#import-submit").click();
        wait.until(d -> one("#import-error"));
        assertOnlyLanguage(language, "import refusal");
    }

    @Test
    void importRefusal_isExplainedInThePagesLanguage() throws IOException {
        Path transcript = Files.writeString(uploads.resolve("tom.txt"), "I: Hej.\n\nR: Hej 😀.\n",
                StandardCharsets.UTF_8);
        Path manifest = Files.writeString(uploads.resolve("manifest.csv"),
                "document,alder:number\ntom,gammel\nukendt,40\n", StandardCharsets.UTF_8);
        for (String language : List.of("da", "en")) {
            openIn(language, "#/import");
            one("#import-files").sendKeys(transcript.toString());
            one("#import-manifest").sendKeys(manifest.toString());
            one("#import-submit").click();
            WebElement error = wait.until(d -> one("#import-error"));
            String text = error.getText();
            if (language.equals("da")) {
                assertTrue(text.contains("Importen blev afvist — intet er ændret"), text);
                assertTrue(text.contains("manifest.csv linje 2: attributten \"alder\" skal være et tal, fik \"gammel\""),
                        text);
                assertTrue(text.contains("ukendt dokument \"ukendt\""), text);
            } else {
                assertTrue(text.contains("The import was refused — nothing has changed"), text);
                assertTrue(text.contains("manifest.csv line 2: the attribute \"alder\" must be a number, got \"gammel\""),
                        text);
            }
            screenshot("import-refused-" + language);
            assertFalse(text.contains("import refused, nothing was changed"), text);
        }
    }

    @Test
    void codeQuerySyntaxError_isExplainedInThePagesLanguage_withItsPosition() {
        String query = URLEncoder.encode("code:motivation AND (code:team", StandardCharsets.UTF_8);
        for (String language : List.of("da", "en")) {
            openIn(language, "#/codes/query?q=" + query);
            String text = wait.until(d -> one("#query-view .search-error")).getText();
            String expected = language.equals("da") ? "Parentesen ved tegn 21 lukkes aldrig"
                    : "The parenthesis at character 21 is never closed";
            assertTrue(text.contains(expected), text);
            assertFalse(text.contains("cannot read the code query"), text);
        }
    }
}
