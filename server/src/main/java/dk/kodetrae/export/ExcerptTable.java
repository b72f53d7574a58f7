package dk.kodetrae.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the spreadsheet formats, one row per quote: code_path (names joined by " > "), code_id,
 * document, start, end, group, speaker, coder, text, attribution, then one column per attribute name used by any
 * excerpt, sorted by name; a document without the attribute has "" there.
 */
final class ExcerptTable {
    static final String PATH_SEPARATOR = " > ";

    private ExcerptTable() {
    }

    /** @param numeric whether the value is a whole number, written as a number where the format has numbers */
    record Column(String name, boolean numeric, Function<Quote, String> value) {
    }

    static List<Column> columns(List<Quote> quotes) {
        List<Column> columns = new ArrayList<>(List.of(
                text("code_path", q -> codePath(q.excerpt())),
                text("code_id", q -> q.excerpt().code().id()),
                text("document", q -> q.excerpt().documentName()),
                new Column("start", true, q -> Integer.toString(q.excerpt().span().start())),
                new Column("end", true, q -> Integer.toString(q.excerpt().span().end())),
                text("group", q -> q.excerpt().group()),
                text("speaker", q -> q.excerpt().speaker()),
                text("coder", q -> q.excerpt().coder()),
                text("text", Quote::text),
                text("attribution", Quote::attribution)));
        for (String name : attributeNames(quotes)) {
            columns.add(text(name, q -> q.excerpt().attributes().getOrDefault(name, "")));
        }
        return columns;
    }

    private static Column text(String name, Function<Quote, String> value) {
        return new Column(name, false, value);
    }

    private static String codePath(Excerpt x) {
        return x.codePath().stream().map(CodeRef::name).collect(Collectors.joining(PATH_SEPARATOR));
    }

    private static TreeSet<String> attributeNames(List<Quote> quotes) {
        TreeSet<String> names = new TreeSet<>();
        for (Quote q : quotes) {
            names.addAll(q.excerpt().attributes().keySet());
        }
        return names;
    }
}
