package dk.kodetrae.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: comma (or semicolon) separated, CRLF line ends, a header row, fields quoted when they hold a comma,
 * a semicolon, a tab, a quotation mark or a line break. The caller writes UTF-8 with a byte-order mark, which Excel
 * needs to read æ, ø and å correctly.
 *
 * <p>Formula injection: a spreadsheet evaluates a cell that starts with {@code = + - @} (or a tab or carriage
 * return) as a formula, so such a field gets a leading apostrophe, which Excel and LibreOffice show as text. The
 * data then differs from the transcript by that apostrophe, e.g. a quote starting with a dialogue dash. A field
 * is quoted whenever it holds any separator a spreadsheet may split on, so that a cell can start only where a
 * field starts, whichever separator opens the file: {@code borger;=cmd|' /C calc'!A0} written unquoted into a
 * comma-separated file became a formula cell in a spreadsheet that splits on semicolons (Danish Excel).
 */
public final class CsvWriter {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String QUOTED_IF_HELD = ",;\t\"\n\r";

    private CsvWriter() {
    }

    static void write(List<Quote> quotes, char separator, Writer out) throws IOException {
        List<ExcerptTable.Column> columns = ExcerptTable.columns(quotes);
        row(columns.stream().map(ExcerptTable.Column::name).toList(), separator, out);
        for (ExcerptTable.Line line : ExcerptTable.lines(quotes)) {
            row(columns.stream().map(c -> c.value().apply(line)).toList(), separator, out);
        }
    }

    /** One row of fields, each quoted and defused as above, ended by CRLF. */
    public static void row(List<String> fields, char separator, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> QUOTED_IF_HELD.indexOf(c) >= 0);
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
