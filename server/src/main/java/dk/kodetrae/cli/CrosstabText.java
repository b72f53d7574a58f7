package dk.kodetrae.cli;

import dk.kodetrae.analysis.Crosstab;
import dk.kodetrae.coding.CodingFilter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a crosstab as an aligned text table or as CSV, showing one measure, with a last column "unreviewed": the
 * passages a rule coded that nobody has reviewed, counted whatever the coding filter, so none are hidden.
 */
final class CrosstabText {
    private CrosstabText() {
    }

    static void table(Crosstab.Table t, Crosstab.Measure m, PrintWriter out) {
        out.println("Measure: " + label(m) + "; " + groupLine(t));
        out.println(codingsLine(t));
        int width = width(t);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-44s", "code"));
        t.groups().forEach(g -> head.append(String.format(Locale.ROOT, " %" + width + "s", g.name())));
        head.append(String.format(Locale.ROOT, " %10s %10s", "total", "unreviewed"));
        boolean stats = t.rows().stream().anyMatch(r -> r.stats() != null);
        if (stats) {
            head.append(String.format(Locale.ROOT, " %-8s %8s %8s %9s %8s", "test", "p", "q(BH)", "perm p", "perm q"));
        }
        out.println(head);
        for (Crosstab.Row r : t.rows()) {
            out.println(line(r, m, stats, width));
        }
        out.println(line(t.total(), m, false, width));
        t.caveats().forEach(c -> out.println("Note: " + c.text()));
    }

    private static int width(Crosstab.Table t) {
        return Math.max(12, t.groups().stream().mapToInt(g -> g.name().length()).max().orElse(12));
    }

    private static String line(Crosstab.Row r, Crosstab.Measure m, boolean stats, int width) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-44s", clip("  ".repeat(r.depth()) + r.name(), 44)));
        r.cells().forEach(c -> b.append(String.format(Locale.ROOT, " %" + width + "s", value(c, m))));
        b.append(String.format(Locale.ROOT, " %10s %10d", value(r.total(), m), r.total().unreviewed()));
        if (stats && r.stats() != null) {
            var s = r.stats();
            b.append(String.format(Locale.ROOT, " %-8s %8s %8s %9s %8s", s.test(), p(s.p()), p(s.q()),
                    p(s.permutationP()), p(s.permutationQ())));
        }
        return b.toString();
    }

    static void csv(Crosstab.Table t, Crosstab.Measure m, PrintWriter out) {
        List<String> head = new ArrayList<>(List.of("code", "name", "depth"));
        t.groups().forEach(g -> head.add(g.name()));
        head.add("total");
        head.add("unreviewed");
        out.println(String.join(",", head.stream().map(CrosstabText::quote).toList()));
        for (Crosstab.Row r : t.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.key(), r.name(), Integer.toString(r.depth())));
            r.cells().forEach(c -> cells.add(value(c, m)));
            cells.add(value(r.total(), m));
            cells.add(Integer.toString(r.total().unreviewed()));
            out.println(String.join(",", cells.stream().map(CrosstabText::quote).toList()));
        }
    }

    private static String value(Crosstab.Cell c, Crosstab.Measure m) {
        return switch (m) {
            case PASSAGES -> Integer.toString(c.passages());
            case INTERVIEWS -> String.format(Locale.ROOT, "%d (%.0f%%)", c.interviews(), 100 * c.interviewShare());
            case COVERAGE -> String.format(Locale.ROOT, "%.1f", c.coverage());
        };
    }

    private static String label(Crosstab.Measure m) {
        return switch (m) {
            case PASSAGES -> "coded passages";
            case INTERVIEWS -> "interviews with at least one passage (share of the group's interviews)";
            case COVERAGE -> "coded words per 10,000 respondent words";
        };
    }

    private static String codingsLine(Crosstab.Table t) {
        int unreviewed = t.total().total().unreviewed();
        String counted = t.codings() == CodingFilter.ALL ? "counted" : "not counted";
        return CodingFilterOption.describe(t.codings()) + "; " + unreviewed + " unreviewed auto codings " + counted;
    }

    private static String groupLine(Crosstab.Table t) {
        List<String> parts = new ArrayList<>();
        t.groups().forEach(g -> parts.add(g.name() + ": " + g.interviews() + " interviews, " + g.respondentWords()
                + " respondent words"));
        return String.join("; ", parts);
    }

    private static String p(Double p) {
        return p == null ? "-" : p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
