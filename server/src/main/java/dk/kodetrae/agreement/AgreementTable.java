package dk.kodetrae.agreement;

import dk.kodetrae.export.TableFile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link Report} as a table for a methods appendix: one row per code and one for all codes pooled; percent
 * agreement in percent, coefficients to three decimals with chance agreement beside them, and a note where a figure
 * rests on few codings or is not defined. Cohen's κ for two coders, Fleiss' κ for three or more.
 */
public final class AgreementTable {
    static final String POOLED = "All codes (pooled)";

    private AgreementTable() {
    }

    public static TableFile of(Report report) {
        boolean pair = report.coders().size() == 2;
        List<String> header = List.of("code", "codings", report.unit().id(), "agreement_pct",
                pair ? "cohen_kappa" : "fleiss_kappa", "chance_agreement", "krippendorff_alpha", "alpha_u", "note");
        List<List<Object>> rows = new ArrayList<>();
        for (Report.CodeRow r : report.codes()) {
            rows.add(row(r.name(), uses(r), r.figures(), pair, note(r.totalUses(), r.fewUses(), r.figures(), report)));
        }
        Report.Overall all = report.overall();
        rows.add(row(POOLED, String.valueOf(all.totalUses()), all.figures(), pair,
                note(all.totalUses(), all.fewUses(), all.figures(), report)));
        return new TableFile("Intercoder agreement", notes(report), header, rows);
    }

    private static List<Object> row(String name, String uses, Figures f, boolean pair, String note) {
        Coefficient kappa = pair ? f.cohen() : f.fleiss();
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(uses);
        row.add(f.units());
        row.add(f.percent() == null ? null : round(100 * f.percent(), 1));
        row.add(value(kappa));
        row.add(kappa == null ? null : round(kappa.expected(), 3));
        row.add(value(f.alpha()));
        row.add(value(f.alphaU()));
        row.add(note);
        return row;
    }

    private static String uses(Report.CodeRow r) {
        return r.uses().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String note(int uses, boolean few, Figures f, Report report) {
        List<String> out = new ArrayList<>();
        if (few) {
            out.add("few codings (" + uses + " < " + report.minimumUses() + "): a warning, not a verdict");
        }
        Coefficient kappa = report.coders().size() == 2 ? f.cohen() : f.fleiss();
        if (kappa != null && kappa.value() == null) {
            out.add("kappa not defined: chance agreement is 1");
        }
        return String.join("; ", out);
    }

    private static List<String> notes(Report report) {
        return List.of("Coders: " + String.join(", ", report.coders()) + ". Documents: " + report.documents() + " ("
                        + report.characters() + " characters). Codings counted: " + report.codings() + ".",
                "Unit: " + report.unit().id() + switch (report.unit()) {
                    case CHARACTERS -> ", each character coded or not per coder and code.";
                    case SENTENCES, TURNS -> ", coded by a coder who coded any of its characters.";
                } + " Krippendorff's alpha is nominal; alpha_u (unitizing) is computed on the text itself.",
                "Chance agreement is that of the kappa column. Pooled: every (unit, code) is one item.",
                "Computed by Kodetræ with DKPro Agreement; percent and coefficients on characters by counting, "
                        + "checked against it.");
    }

    private static Double value(Coefficient c) {
        return c == null || c.value() == null ? null : round(c.value(), 3);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The text table the CLI prints: the same columns, aligned, and the notes under them. */
    public static String text(Report report) {
        return of(report).aligned();
    }
}
