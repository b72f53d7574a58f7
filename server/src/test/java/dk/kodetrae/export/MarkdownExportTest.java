package dk.kodetrae.export;

import static dk.kodetrae.export.ExportFixtures.assertGolden;
import static dk.kodetrae.export.ExportFixtures.exportFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExportTest {
    @Test
    void markdown_matchesGoldenFile() throws IOException {
        assertGolden("excerpts.md", exportFixture(ExportFormat.MARKDOWN));
    }

    @Test
    void markdown_givesEachCodeLevelOneMoreHashBelowTheTitle() {
        List<String> headings = new String(exportFixture(ExportFormat.MARKDOWN), StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("#")).toList();

        assertEquals(List.of("# Samarbejde om borgerens forløb – uddrag", "## Samarbejde",
                "### Møder i ressourceteamet", "### Koordinering", "#### Overgange mellem forvaltninger",
                "## Borgerens oplevelse", "### Tillid \\& åbenhed"), headings);
    }

    @Test
    void markdown_escapesMetacharactersSoTranscriptStaysText() {
        assertEquals("\\<b\\> \\*x\\* \\_y\\_ \\[a\\](b) \\# 1 \\& 2 \\| 3 \\~ \\` \\\\ 50 % - + !",
                MarkdownWriter.escape("<b> *x* _y_ [a](b) # 1 & 2 | 3 ~ ` \\ 50 % - + !"));
    }
}
