package dk.kodetrae.export;

import static dk.kodetrae.export.ExportFixtures.assertGolden;
import static dk.kodetrae.export.ExportFixtures.exportFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExportTest {
    private static String html() {
        return new String(exportFixture(ExportFormat.HTML), StandardCharsets.UTF_8);
    }

    @Test
    void html_matchesGoldenFile() throws IOException {
        assertGolden("excerpts.html", exportFixture(ExportFormat.HTML));
    }

    @Test
    void html_escapesScriptTagInTranscript() {
        String html = html();

        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("sms&#39;en: &lt;script&gt;alert(1)&lt;/script&gt; *vigtigt*"), html);
        assertTrue(html.contains("&amp; &quot;citat&quot;"), html);
    }

    @Test
    void html_isStandaloneUtf8DocumentWithEmbeddedStylesheet() {
        String html = html();

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"));
        assertTrue(html.contains("<style>") && !html.contains("<link"));
        assertTrue(html.endsWith("</body>\n</html>\n"));
    }

    @Test
    void html_usesH1ForTitleAndOneLevelMorePerCodeLevel() {
        List<String> headings = html().lines().filter(line -> line.matches("<h[1-6]>.*")).toList();

        assertEquals(List.of("<h1>Samarbejde om borgerens forløb – uddrag</h1>", "<h2>Samarbejde</h2>",
                "<h3>Møder i ressourceteamet</h3>", "<h3>Koordinering</h3>", "<h4>Overgange mellem forvaltninger</h4>",
                "<h2>Borgerens oplevelse</h2>", "<h3>Tillid &amp; åbenhed</h3>"), headings);
    }

    @Test
    void html_escapesEveryCharacterThatCanOpenMarkupOrLeaveAnAttribute() {
        assertEquals("&lt;img src=x onerror=&quot;a()&quot;&gt; &amp;amp; &#39;", HtmlWriter.escape(
                "<img src=x onerror=\"a()\"> &amp; '"));
    }
}
