package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;

/**
 * Every view at 1,024×768 and at 1,440×900: no two controls or labels overlap, nothing sticks out of the window,
 * the project name stays readable and KWIC lines keep a readable width. Screenshots go to target/screenshots.
 */
class LayoutPageIT extends PageTest {
    /** The least width of a KWIC line's context and hit together, and of each context alone, in CSS pixels. */
    private static final int KWIC_LINE = 380;
    private static final int KWIC_CONTEXT = 110;
    /** The least width of the project name in the top bar, unless the whole name is narrower. */
    private static final int PROJECT_NAME = 100;
    private static final Map<String, String> VIEWS = Map.of(
            "documents", "#/documents",
            "reader", "#/documents/A-B2",
            "search", "#/search?q=sanktion",
            "codes", "#/codes",
            "compare", "#/compare",
            "import", "#/import",
            "settings", "#/settings");

    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    private static String script(String name) {
        try (InputStream in = LayoutPageIT.class.getResourceAsStream("/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The window's outer size giving this inner (layout) size. */
    private static void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = (Long) js("return window.innerWidth;");
        long innerHeight = (Long) js("return window.innerHeight;");
        driver.manage().window().setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
    }

    @SuppressWarnings("unchecked")
    private static List<String> overlaps() {
        return (List<String>) js(script("overlaps.js"));
    }

    @ParameterizedTest(name = "{0} at {1}×{2} in {3}")
    @CsvSource({
        "documents, 1024, 768, da", "reader, 1024, 768, da", "search, 1024, 768, da", "codes, 1024, 768, da",
        "compare, 1024, 768, da", "import, 1024, 768, da",
        "documents, 1440, 900, da", "reader, 1440, 900, da", "search, 1440, 900, da", "codes, 1440, 900, da",
        "compare, 1440, 900, da", "import, 1440, 900, da",
        "settings, 1024, 768, da", "settings, 1440, 900, da",
        "search, 1024, 768, en", "compare, 1024, 768, en", "import, 1024, 768, en", "reader, 1024, 768, en",
        "settings, 1024, 768, en",
    })
    void noTwoControlsOverlap_andNothingSticksOut(String view, int width, int height, String language) {
        open("#/documents");
        viewport(width, height);
        if (!language.equals(js("return document.documentElement.lang;"))) {
            switchLanguage(language);
        }
        open(VIEWS.get(view));
        assertEquals(width, ((Long) js("return window.innerWidth;")).intValue());
        screenshot("layout-" + view + "-" + width + "-" + language);
        assertEquals(List.of(), overlaps(), view + " at " + width + "×" + height);
        @SuppressWarnings("unchecked")
        List<Number> name = (List<Number>) js("const n = document.querySelector('#project-info .project-name');"
                + " return [n.getBoundingClientRect().width, n.scrollWidth];");
        assertTrue(name.get(0).doubleValue() >= Math.min(name.get(1).doubleValue(), PROJECT_NAME),
                "the project name shows " + name.get(0) + " of its " + name.get(1) + " px");
        if (!language.equals("da")) {
            switchLanguage("da");
        }
    }

    @org.junit.jupiter.api.Test
    void overlapCheck_findsAControlLaidOverALabel_andAControlOutsideTheWindow() {
        open("#/import");
        assertEquals(List.of(), overlaps());
        js("const label = document.querySelector('.field-label'); const r = label.getBoundingClientRect();"
                + " const b = document.createElement('button'); b.id = 'planted'; b.textContent = 'x';"
                + " b.style.position = 'fixed'; b.style.left = r.left + 'px'; b.style.top = r.top + 'px';"
                + " document.body.append(b);");
        List<String> found = overlaps();
        assertTrue(!found.isEmpty() && found.stream().allMatch(f -> f.contains("button#planted")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("span.field-label")), found.toString());
        js("const b = document.getElementById('planted'); b.style.left = (window.innerWidth - 5) + 'px';"
                + " b.style.top = '300px';");
        assertTrue(overlaps().getFirst().contains("sticks out of the window"), overlaps().toString());
        js("document.getElementById('planted').remove();");
    }

    @ParameterizedTest(name = "KWIC at {0}×{1}")
    @CsvSource({"1024, 768", "1440, 900"})
    void kwicLines_keepAReadableWidth(int width, int height) {
        open("#/documents");
        viewport(width, height);
        open("#/search?q=sanktion");
        @SuppressWarnings("unchecked")
        List<List<Number>> rows = (List<List<Number>>) js("return [...document.querySelectorAll('#kwic tbody tr')]"
                + ".map((r) => ['.kwic-left', '.kwic-hit', '.kwic-right']"
                + ".map((c) => r.querySelector(c).getBoundingClientRect().width));");
        assertTrue(rows.size() > 10, "hits: " + rows.size());
        for (List<Number> row : rows) {
            double line = row.stream().mapToDouble(Number::doubleValue).sum();
            assertTrue(line >= KWIC_LINE, "a KWIC line is " + line + " px wide at " + width + ": " + row);
            assertTrue(row.get(0).doubleValue() >= KWIC_CONTEXT && row.get(2).doubleValue() >= KWIC_CONTEXT,
                    "KWIC contexts at " + width + ": " + row);
        }
        screenshot("layout-kwic-" + width);
    }
}
