package dk.kodetrae.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A table of figures for a report's appendix (e.g. intercoder agreement), written as CSV (comma, or semicolon with
 * decimal commas for a spreadsheet set up for Danish), XLSX (numbers as numbers) or DOCX (a Word table under the
 * title and notes). A cell is text or a number ({@code null}: empty). CSV has no room for the title and notes;
 * XLSX puts them under the table after an empty row.
 *
 * @param title  the document's title (DOCX) and the sheet's name (XLSX, cut to what Excel allows)
 * @param notes  lines that say what the figures are and how they were computed
 * @param header the column names
 * @param rows   one list of cells per row, as many as the header
 */
public record TableFile(String title, List<String> notes, List<String> header, List<List<Object>> rows) {
    /** Excel's limit on a sheet name. */
    private static final int SHEET_NAME = 31;

    public TableFile {
        notes = List.copyOf(notes);
        header = List.copyOf(header);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + header.size()
                        + " columns");
            }
        }
    }

    /** Writes the table in {@code format}: CSV, CSV_SEMICOLON, XLSX or DOCX. */
    public void write(ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(',', out);
            case CSV_SEMICOLON -> csv(';', out);
            case XLSX -> xlsx(out);
            case DOCX -> docx(out);
            default -> throw new IllegalArgumentException("a table is written as csv, csv-semicolon, xlsx or docx,"
                    + " not " + format.name().toLowerCase(Locale.ROOT));
        }
    }

    private void csv(char separator, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        csvRow(header.stream().map(h -> (Object) h).toList(), separator, w);
        for (List<Object> row : rows) {
            csvRow(row, separator, w);
        }
        w.flush();
    }

    private static void csvRow(List<Object> cells, char separator, Writer w) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(separator);
            }
            w.write(cells.get(i) instanceof Number n ? number(n, separator == ';')
                    : CsvWriter.field(text(cells.get(i))));
        }
        w.write("\r\n");
    }

    private void xlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(title.length() > SHEET_NAME ? title.substring(0, SHEET_NAME) : title);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
                head.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.size(); c++) {
                    Object cell = rows.get(r).get(c);
                    if (cell instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(XlsxWriter.fitCell(text(cell)));
                    }
                }
            }
            for (int i = 0; i < notes.size(); i++) {
                sheet.createRow(rows.size() + 2 + i).createCell(0).setCellValue(notes.get(i));
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
        }
    }

    private void docx(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc);
            doc.getProperties().getCoreProperties().setTitle(title);
            paragraph(doc, DocxStyles.TITLE, title);
            notes.forEach(n -> paragraph(doc, DocxStyles.NOTE, n));
            XWPFTable table = doc.createTable(rows.size() + 1, header.size());
            fill(table.getRow(0), header.stream().map(h -> (Object) h).toList(), true);
            for (int r = 0; r < rows.size(); r++) {
                fill(table.getRow(r + 1), rows.get(r), false);
            }
            doc.write(out);
        }
    }

    /** The table as plain text for a terminal: columns padded to their widest cell, the notes under them. */
    public String aligned() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        rows.forEach(r -> cells.add(r.stream().map(c -> c instanceof Number n ? number(n, false) : text(c)).toList()));
        int[] widths = new int[header.size()];
        cells.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> r : cells) {
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                out.append(i == 0 ? "" : "  ").append(cell)
                        .append(i == r.size() - 1 ? "" : " ".repeat(widths[i] - cell.length()));
            }
            out.append('\n');
        }
        notes.forEach(n -> out.append(n).append('\n'));
        return out.toString();
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static void fill(XWPFTableRow row, List<Object> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFRun run = row.getCell(c).getParagraphs().getFirst().createRun();
            run.setBold(bold);
            run.setText(cells.get(c) instanceof Number n ? number(n, false) : text(cells.get(c)));
        }
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }

    /** A number as written: no exponent, no trailing zeros; a decimal comma when asked. */
    private static String number(Number n, boolean decimalComma) {
        String plain = n instanceof Double || n instanceof Float
                ? BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString() : n.toString();
        return decimalComma ? plain.replace('.', ',') : plain;
    }
}
