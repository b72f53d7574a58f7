package dk.kodetrae.export;

import static dk.kodetrae.export.ExportFixtures.assertGolden;
import static dk.kodetrae.export.ExportFixtures.exportFixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    private static String csv() {
        return new String(exportFixture(ExportFormat.CSV), StandardCharsets.UTF_8);
    }

    @Test
    void csv_matchesGoldenFile() throws IOException {
        assertGolden("excerpts.csv", exportFixture(ExportFormat.CSV));
    }

    @Test
    void csv_startsWithByteOrderMarkAndEndsEveryLineWithCrlf() {
        byte[] bytes = exportFixture(ExportFormat.CSV);
        String csv = csv();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(csv.split("\n", -1).length, csv.split("\r\n", -1).length);
    }

    @Test
    void csv_headerHasFixedColumnsThenAttributeNamesSorted() {
        assertEquals("\uFEFFquote,code_path,code_id,document,start,end,group,speaker,coder,origin,rule,review,reviewer,"
                + "reviewed_at,text,attribution,"
                + "kommune,ressourceteam,rolle", csv().lines().findFirst().orElseThrow());
    }

    @Test
    void csv_quotesEveryFieldThatHoldsASeparatorASpreadsheetMaySplitOn() {
        assertEquals("\"borger;=cmd|' /C calc'!A0\"", CsvWriter.field("borger;=cmd|' /C calc'!A0"));
        assertEquals("\"a\tb\"", CsvWriter.field("a\tb"));
        assertEquals("\"Åse, Søren\"", CsvWriter.field("Åse, Søren"));
        assertEquals("Åse og Søren", CsvWriter.field("Åse og Søren"));
    }

    @Test
    void csv_prefixesFormulaStartsWithApostrophe() {
        assertEquals("'=1+1", CsvWriter.field("=1+1"));
        assertEquals("'+45 12 34", CsvWriter.field("+45 12 34"));
        assertEquals("'- Ja", CsvWriter.field("- Ja"));
        assertEquals("'@kommune", CsvWriter.field("@kommune"));
        assertEquals("\"'\tx\"", CsvWriter.field("\tx"), "guarded, and quoted because a tab separates cells too");
        assertEquals("a=b", CsvWriter.field("a=b"));
        assertEquals("", CsvWriter.field(""));
    }

    @Test
    void csv_quotesOnlyFieldsWithCommaQuotationMarkOrLineBreak() {
        assertEquals("æøå 😊", CsvWriter.field("æøå 😊"));
        assertEquals("\"ja, nej\"", CsvWriter.field("ja, nej"));
        assertEquals("\"hun sagde \"\"nej\"\"\"", CsvWriter.field("hun sagde \"nej\""));
        assertEquals("\"linje\nto\"", CsvWriter.field("linje\nto"));
        assertEquals("\"'=1+1, \"\"a\"\"\"", CsvWriter.field("=1+1, \"a\""));
    }
}
