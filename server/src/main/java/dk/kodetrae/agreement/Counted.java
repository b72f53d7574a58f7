package dk.kodetrae.agreement;

/**
 * The coefficients of one code computed from a {@link Tally} by arithmetic on its counts. Each item is a binary value
 * per coder (coded or not) and no value is missing, so the usual formulas reduce to sums over the 2<sup>coders</sup>
 * combinations: milliseconds for a corpus of millions of characters, where DKPro Agreement, given one item per
 * character, takes seconds, and one item per sentence of the demo corpus took 2.6 s for 40 codes of two coders.
 */
final class Counted {
    private Counted() {
    }

    /** Mean agreement of all pairs of coders per item: plain percent agreement for two coders. */
    static double observed(Tally t) {
        int m = t.coders();
        double agreeing = 0;
        for (int mask = 0; mask <= t.everybody(); mask++) {
            int c = Integer.bitCount(mask);
            agreeing += t.count(mask) * (double) (c * (c - 1) + (m - c) * (m - c - 1)) / (m * (m - 1));
        }
        return agreeing / t.items();
    }

    /** Cohen's κ of coders {@code a} and {@code b}: chance from each coder's own share of coded items. */
    static Coefficient cohen(Tally t, int a, int b) {
        double n = t.items();
        double both = t.pair(a, b, true, true);
        double neither = t.pair(a, b, false, false);
        double byA = (both + t.pair(a, b, true, false)) / n;
        double byB = (both + t.pair(a, b, false, true)) / n;
        return Coefficient.of((both + neither) / n, byA * byB + (1 - byA) * (1 - byB));
    }

    /** Fleiss' κ: chance from the share of coded items over all coders together. */
    static Coefficient fleiss(Tally t) {
        double coded = coded(t) / ((double) t.items() * t.coders());
        return Coefficient.of(observed(t), coded * coded + (1 - coded) * (1 - coded));
    }

    /** Krippendorff's α (nominal): like Fleiss' κ, but chance drawn without replacement from all values. */
    static Coefficient alpha(Tally t) {
        double values = (double) t.items() * t.coders();
        double coded = coded(t);
        double expectedDisagreement = 2 * coded * (values - coded) / (values * (values - 1));
        return Coefficient.of(observed(t), 1 - expectedDisagreement);
    }

    /** The number of (item, coder) values that say coded. */
    private static double coded(Tally t) {
        double n = 0;
        for (int mask = 0; mask <= t.everybody(); mask++) {
            n += (double) Integer.bitCount(mask) * t.count(mask);
        }
        return n;
    }
}
