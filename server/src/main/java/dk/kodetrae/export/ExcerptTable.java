package dk.kodetrae.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the spreadsheet formats, one row per coding: quote (the number of the quote the coding is part
 * of; merged codings share it), code_path (names joined by " > "), code_id, document, start and end (the coding's
 * own span), group, speaker, coder, origin (manual, auto, imported), rule (an auto coding's rule as applied),
 * review (none, unreviewed, accepted, rejected), reviewer, reviewed_at, text and attribution (the quote's), then one
 * column per attribute name used by any excerpt, sorted by name; a document without the attribute has "" there.
 *
 * <p>Why one row per coding and not per quote: each coding's span and coder (and, with them, its origin and review)
 * are facts a researcher filters and counts by; a row that merged them would need cells holding lists. The quote
 * number keeps the link to the document formats: one row per quote number gives exactly their quotes.
 */
final class ExcerptTable {
    static final String PATH_SEPARATOR = " > ";

    private ExcerptTable() {
    }

    /** One row: a coding and the quote it is printed in. */
    record Line(Quote quote, Excerpt coding) {
    }

    /** @param numeric whether the value is a whole number, written as a number where the format has numbers */
    record Column(String name, boolean numeric, Function<Line, String> value) {
    }

    static List<Line> lines(List<Quote> quotes) {
        List<Line> lines = new ArrayList<>();
        for (Quote q : quotes) {
            q.codings().forEach(coding -> lines.add(new Line(q, coding)));
        }
        return lines;
    }

    static List<Column> columns(List<Quote> quotes) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("quote", true, l -> Integer.toString(l.quote().number())),
                text("code_path", l -> codePath(l.coding())),
                text("code_id", l -> l.coding().code().id()),
                text("document", l -> l.coding().documentName()),
                new Column("start", true, l -> Integer.toString(l.coding().span().start())),
                new Column("end", true, l -> Integer.toString(l.coding().span().end())),
                text("group", l -> l.coding().group()),
                text("speaker", l -> l.coding().speaker()),
                text("coder", l -> l.coding().coder()),
                text("origin", l -> l.coding().provenance().origin()),
                text("rule", l -> l.coding().provenance().rule()),
                text("review", l -> l.coding().provenance().review()),
                text("reviewer", l -> l.coding().provenance().reviewer()),
                text("reviewed_at", l -> l.coding().provenance().reviewedAt()),
                text("text", l -> l.quote().text()),
                text("attribution", l -> l.quote().attribution())));
        for (String name : attributeNames(quotes)) {
            columns.add(text(name, l -> l.coding().attributes().getOrDefault(name, "")));
        }
        return columns;
    }

    private static Column text(String name, Function<Line, String> value) {
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
