package dk.kodetrae.analysis;

/** Fisher's exact test for a 2×2 table, summing hypergeometric probabilities computed from log-factorials. */
final class FisherExact {
    /**
     * Tables at most this probable, relative to the observed one, count as "as extreme" in the two-sided p. R uses
     * 1e-7; SciPy 1.10 uses 1e-14. Both only absorb rounding, so they differ only for tables whose probabilities agree
     * to between 7 and 14 digits without being equal.
     */
    static final double RELATIVE_TOLERANCE = 1e-7;
    /** Beyond this, the support array and log-factorial rounding (≈ N·1e-16 relative) stop being negligible. */
    static final long MAX_TOTAL = 1_000_000;

    private FisherExact() {
    }

    static FisherResult test(ContingencyTable table) {
        if (!table.isTwoByTwo()) {
            throw new IllegalArgumentException("Fisher's exact test needs a 2x2 table, got " + table.shape());
        }
        if (table.total() > MAX_TOTAL) {
            throw new IllegalArgumentException("Fisher's exact test takes at most " + MAX_TOTAL
                    + " observations, got " + table.total() + "; use the chi-square test for tables this large");
        }
        Hypergeometric distribution = Hypergeometric.ofTopLeftCell(table);
        int a = table.count(0, 0);
        double asProbableAsObserved = distribution.logWeight(a) + Math.log1p(RELATIVE_TOLERANCE);
        return new FisherResult(
                atMostOne(distribution.probabilityOfLogWeightAtMost(asProbableAsObserved)),
                atMostOne(distribution.probabilityBetween(distribution.low(), a)),
                atMostOne(distribution.probabilityBetween(a, distribution.high())),
                sampleOddsRatio(table),
                ConditionalOddsRatio.estimate(distribution, a));
    }

    /** Sums of probabilities that should be at most 1 can exceed it by rounding. */
    private static double atMostOne(double p) {
        return Math.min(1, p);
    }

    private static double sampleOddsRatio(ContingencyTable table) {
        if (table.hasEmptyMargin()) {
            return Double.NaN;
        }
        double offDiagonal = (double) table.count(0, 1) * table.count(1, 0);
        if (offDiagonal == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return (double) table.count(0, 0) * table.count(1, 1) / offDiagonal;
    }
}
