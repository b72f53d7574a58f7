package dk.kodetrae.export;

import static dk.kodetrae.export.ExportFixtures.exportFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.corpus.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** XLSX is checked by reading it back with POI: header, frozen pane, auto-filter, cell values and types. */
class XlsxExportTest {
    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(cell.getCellType() == CellType.NUMERIC
                    ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return values;
    }

    @Test
    void xlsx_hasBoldHeaderRowThatIsFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook wb = read(exportFixture(ExportFormat.XLSX))) {
            XSSFSheet sheet = wb.getSheet(XlsxWriter.SHEET);

            assertEquals(List.of("quote", "code_path", "code_id", "document", "start", "end", "group", "speaker", "coder",
                    "origin", "rule", "review", "reviewer", "reviewed_at", "text", "attribution", "kommune",
                    "ressourceteam", "rolle"), values(sheet.getRow(0)));
            assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(0, sheet.getPaneInformation().getVerticalSplitPosition());
            assertEquals("A1:S10", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void xlsx_rowsHoldCodingsInExportOrderWithoutTheCsvFormulaGuard() throws IOException {
        try (XSSFWorkbook wb = read(exportFixture(ExportFormat.XLSX))) {
            XSSFSheet sheet = wb.getSheet(XlsxWriter.SHEET);

            assertEquals(9, sheet.getLastRowNum());
            assertEquals(List.of("1", "Samarbejde", "samarbejde", "sagsbehandler-01", "120", "167", "ressourceteam = ja",
                    "R", "mette", "manual", "", "none", "", "", "- Ja, altså, samarbejdet er blevet meget bedre.",
                    "(Koordinerende sagsbehandler, kommune med ressourceteam)", "A", "ja",
                    "koordinerende sagsbehandler"), values(sheet.getRow(1)));
            assertEquals(List.of("7", "Borgerens oplevelse > Tillid & åbenhed", "oplevelse.tillid", "borger-05", "2210",
                    "2320", "", "R", "mette", "manual", "", "none", "", "", "=1+1 stod der i sms'en: <script>alert(1)</script> *vigtigt* _nu_"
                            + " [link](http://eksempel.dk) # 2 & \"citat\", ok.", "(Borger)", "C", "", "borger"),
                    values(sheet.getRow(9)));
            assertEquals(CellType.NUMERIC, sheet.getRow(9).getCell(0).getCellType());
            assertEquals(CellType.NUMERIC, sheet.getRow(9).getCell(4).getCellType());
            assertEquals(CellType.STRING, sheet.getRow(9).getCell(14).getCellType());
            assertEquals(List.of("auto", "plan*", "accepted", "mette", "2026-11-23T10:00:00Z"),
                    values(sheet.getRow(3)).subList(9, 14), "the accepted auto coding nested in quote 2");
            List<String> documents = new ArrayList<>();
            for (int r = 1; r <= 9; r++) {
                documents.add((long) sheet.getRow(r).getCell(0).getNumericCellValue() + " "
                        + sheet.getRow(r).getCell(3).getStringCellValue());
            }
            assertEquals(List.of("1 sagsbehandler-01", "2 borger-02", "2 borger-02", "3 sagsbehandler-01",
                    "3 sagsbehandler-01", "4 borger-03", "5 borger-03", "6 leder-04", "7 borger-05"), documents);
        }
    }

    @Test
    void xlsx_cutsTextLongerThanAnExcelCellHolds() throws IOException {
        String sentence = "Det er en lang sætning om samarbejde 😊. ";
        String text = sentence.repeat(40_000 / sentence.length()).strip();
        Excerpt huge = new Excerpt(List.of(ExportFixtures.TILLID), "borger-05", Map.of(), "", new Span(0,
                text.length()), text, List.of(), "R", "mette");
        byte[] xlsx = ExportFixtures.export(ExportFormat.XLSX, List.of(huge), List.of(ExportFixtures.TILLID),
                ExportOptions.titled(""));

        try (XSSFWorkbook wb = read(xlsx)) {
            String cell = wb.getSheet(XlsxWriter.SHEET).getRow(1).getCell(14).getStringCellValue();
            assertTrue(cell.length() <= 32_767, "length " + cell.length());
            assertTrue(cell.endsWith(QuoteText.CUT));
            assertTrue(text.startsWith(cell.substring(0, cell.length() - QuoteText.CUT.length())));
        }
    }

    @Test
    void xlsx_cutsOverlongCellBeforeAnEmojiRatherThanInsideIt() {
        int cut = 32_767 - QuoteText.CUT.length();
        String text = "a".repeat(cut - 1) + "😊" + "b".repeat(10);

        assertEquals("a".repeat(cut - 1) + QuoteText.CUT, XlsxWriter.fitCell(text));
        assertEquals("kort", XlsxWriter.fitCell("kort"));
    }
}
