package dk.kodetrae.agreement;

/**
 * How many items each combination of coders coded: {@code count(mask)} is the number of items (characters, sentences
 * or turns) that exactly the coders whose bits are set in {@code mask} coded, and no others. Every coefficient of a
 * code is a function of these counts, so a tally of a million characters is 2<sup>coders</sup> numbers.
 */
final class Tally {
    /** 2<sup>10</sup> combinations: more coders than this is not a coding team but a survey. */
    static final int MAX_CODERS = 10;

    private final int coders;
    private final long[] counts;

    Tally(int coders) {
        if (coders < 2 || coders > MAX_CODERS) {
            throw new IllegalArgumentException("a tally needs 2 to " + MAX_CODERS + " coders, got " + coders);
        }
        this.coders = coders;
        this.counts = new long[1 << coders];
    }

    int coders() {
        return coders;
    }

    /** The mask of all coders: items everybody coded. */
    int everybody() {
        return counts.length - 1;
    }

    void add(int mask, long n) {
        counts[mask] += n;
    }

    void addAll(Tally other) {
        for (int mask = 0; mask < counts.length; mask++) {
            counts[mask] += other.counts[mask];
        }
    }

    long count(int mask) {
        return counts[mask];
    }

    long items() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** Items coder {@code a} and coder {@code b} each did ({@code true}) or did not ({@code false}) code. */
    long pair(int a, int b, boolean byA, boolean byB) {
        long n = 0;
        for (int mask = 0; mask < counts.length; mask++) {
            if (((mask >> a & 1) == 1) == byA && ((mask >> b & 1) == 1) == byB) {
                n += counts[mask];
            }
        }
        return n;
    }
}
