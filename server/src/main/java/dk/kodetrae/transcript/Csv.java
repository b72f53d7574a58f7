package dk.kodetrae.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: quoted fields may hold separators, doubled quotes and line breaks. The separator is
 * a comma, or a semicolon when the header line has semicolons and no commas (as Danish spreadsheets write).
 */
final class Csv {
    private Csv() {
    }

    /** @param line 1-based line where the record starts */
    record Row(int line, List<String> fields) {
    }

    static List<Row> parse(String text) {
        char separator = separatorOf(text);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                    line += ch == '\n' ? 1 : 0;
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(rows, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        addUnlessBlank(rows, rowLine, fields);
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }

    private static char separatorOf(String text) {
        int nl = text.indexOf('\n');
        String header = nl < 0 ? text : text.substring(0, nl);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }
}
