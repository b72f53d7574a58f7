package dk.kodetrae.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: comma separated, CRLF line ends, a header row, fields quoted only when they hold a comma, a
 * quotation mark or a line break. The caller writes UTF-8 with a byte-order mark, which Excel needs to read
 * æ, ø and å correctly.
 *
 * <p>Formula injection: a spreadsheet evaluates a cell that starts with {@code = + - @} (or a tab or carriage
 * return) as a formula, so such a field gets a leading apostrophe, which Excel and LibreOffice show as text. The
 * data then differs from the transcript by that apostrophe, e.g. a quote starting with a dialogue dash.
 */
final class CsvWriter {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {
    }

    static void write(List<Quote> quotes, Writer out) throws IOException {
        List<ExcerptTable.Column> columns = ExcerptTable.columns(quotes);
        row(columns.stream().map(ExcerptTable.Column::name).toList(), out);
        for (ExcerptTable.Line line : ExcerptTable.lines(quotes)) {
            row(columns.stream().map(c -> c.value().apply(line)).toList(), out);
        }
    }

    private static void row(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
