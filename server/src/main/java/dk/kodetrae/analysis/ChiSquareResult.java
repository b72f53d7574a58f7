package dk.kodetrae.analysis;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Pearson's chi-square test of independence for an r×c table.
 *
 * @param statistic        Σ (O − E)² / E, with Yates' correction if {@code yatesCorrected}; NaN when a row or
 *                         column is empty
 * @param degreesOfFreedom (r − 1)(c − 1)
 * @param p                the upper tail of the chi-square distribution at {@code statistic}; present only when
 *                         the result is {@linkplain #reportable() reportable}, so that no one shows a p the
 *                         approximation cannot support
 * @param expected         the expected counts under independence, row total × column total / N, by row
 * @param yatesCorrected   whether |O − E| was reduced by min(0.5, |O − E|) (2×2 tables only)
 * @param reportability    whether the chi-square approximation may be reported, and if not, why
 */
public record ChiSquareResult(double statistic, int degreesOfFreedom, OptionalDouble p, List<List<Double>> expected,
                              boolean yatesCorrected, Reportability reportability) {

    /** Cochran's rule for the chi-square approximation, plus the case of a table with nothing to compare. */
    public enum Reportability {
        REPORTABLE("every expected count is at least 1 and at most 20 % are below 5"),
        EMPTY_ROW_OR_COLUMN("a row or column of the table is empty, so there is nothing to compare"),
        EXPECTED_BELOW_ONE("an expected count is below 1 (Cochran's rule)"),
        TOO_MANY_EXPECTED_BELOW_FIVE("more than 20 % of the expected counts are below 5 (Cochran's rule)");

        private final String explanation;

        Reportability(String explanation) {
            this.explanation = explanation;
        }

        /** One English clause saying why, for a report's footnote or a log line. */
        public String explanation() {
            return explanation;
        }

        /** The reason as a stable code in lower camel case, e.g. expectedBelowOne. */
        public String code() {
            String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
            StringBuilder out = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return out.toString();
        }
    }

    public ChiSquareResult {
        expected = expected.stream().map(List::copyOf).toList();
        if (p.isPresent() != (reportability == Reportability.REPORTABLE)) {
            throw new IllegalArgumentException("p must be present exactly when the result is reportable, got p "
                    + p + " with " + reportability);
        }
    }

    /** Whether the chi-square approximation holds well enough for {@link #p()} to be shown. */
    public boolean reportable() {
        return reportability == Reportability.REPORTABLE;
    }
}
