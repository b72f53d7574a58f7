package dk.kodetrae.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook with one sheet, "Uddrag": the {@link ExcerptTable} columns and rows, a bold header row that
 * stays in view and an auto-filter over all rows. Quote, start and end are number cells, everything else string
 * cells, which spreadsheets never evaluate, so no formula guard is needed here. Rows are streamed (SXSSF) so that memory does
 * not grow with the export; POI's temporary files are deleted before returning.
 */
final class XlsxWriter {
    static final String SHEET = "Uddrag";
    /** Rows kept in memory while streaming. */
    private static final int WINDOW = 200;
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private XlsxWriter() {
    }

    static void write(List<Quote> quotes, OutputStream out) throws IOException {
        // close() also deletes the temporary files the streamed rows went to
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            fill(workbook, quotes);
            workbook.write(out);
        }
    }

    private static void fill(SXSSFWorkbook workbook, List<Quote> quotes) {
        List<ExcerptTable.Column> columns = ExcerptTable.columns(quotes);
        List<ExcerptTable.Line> lines = ExcerptTable.lines(quotes);
        Sheet sheet = workbook.createSheet(SHEET);
        header(sheet, columns, boldStyle(workbook));
        for (int r = 0; r < lines.size(); r++) {
            row(sheet.createRow(r + 1), columns, lines.get(r));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lines.size(), 0, columns.size() - 1));
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, 256 * width(columns.get(c).name()));
        }
    }

    private static void header(Sheet sheet, List<ExcerptTable.Column> columns, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(columns.get(c).name());
            row.getCell(c).setCellStyle(bold);
        }
    }

    private static void row(Row row, List<ExcerptTable.Column> columns, ExcerptTable.Line line) {
        for (int c = 0; c < columns.size(); c++) {
            ExcerptTable.Column column = columns.get(c);
            String value = column.value().apply(line);
            if (column.numeric()) {
                row.createCell(c).setCellValue(Integer.parseInt(value));
            } else {
                row.createCell(c).setCellValue(fitCell(value));
            }
        }
    }

    /** Excel refuses longer cells; only a quote exported without trimming can get there. */
    static String fitCell(String value) {
        if (value.length() <= MAX_CELL) {
            return value;
        }
        int end = MAX_CELL - QuoteText.CUT.length();
        end = Character.isLowSurrogate(value.charAt(end)) ? end - 1 : end;
        return value.substring(0, end) + QuoteText.CUT;
    }

    private static CellStyle boldStyle(SXSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** Column widths in characters: room for a sentence of text, a short label elsewhere. */
    private static int width(String column) {
        return switch (column) {
            case "text" -> 80;
            case "attribution", "code_path", "rule" -> 40;
            case "quote", "start", "end" -> 8;
            default -> 16;
        };
    }
}
