package dk.kodetrae.analysis;

/**
 * The distribution of the top-left cell of a 2×2 table when its margins are fixed: under independence the
 * hypergeometric distribution, P(X = x) ∝ C(K, x) C(N − K, n − x) for N observations, K in the first row and n in
 * the first column. Probabilities are normalised by their own sum, so they add up to 1 to rounding; the log-weights
 * stay available for Fisher's noncentral extension (see {@link ConditionalOddsRatio}).
 */
final class Hypergeometric {
    private final int low;
    /** ln C(K, x) + ln C(N − K, n − x) for x = low, low + 1, …, high. */
    private final double[] logWeights;
    private final double logNormaliser;

    private Hypergeometric(long population, long successes, long draws) {
        low = (int) Math.max(0, draws - (population - successes));
        int high = (int) Math.min(successes, draws);
        logWeights = new double[high - low + 1];
        double largest = Double.NEGATIVE_INFINITY;
        for (int x = low; x <= high; x++) {
            double weight = Gamma.lnChoose(successes, x) + Gamma.lnChoose(population - successes, draws - x);
            logWeights[x - low] = weight;
            largest = Math.max(largest, weight);
        }
        logNormaliser = largest + Math.log(sumOfExp(logWeights, largest));
    }

    /** The distribution of {@code table[0][0]} given the margins of a 2×2 table. */
    static Hypergeometric ofTopLeftCell(ContingencyTable table) {
        return new Hypergeometric(table.total(), table.rowTotal(0), table.columnTotal(0));
    }

    /** Σ exp(v − shift): with shift the largest v, no term overflows and the largest is exactly 1. */
    static double sumOfExp(double[] values, double shift) {
        double sum = 0;
        for (double value : values) {
            sum += Math.exp(value - shift);
        }
        return sum;
    }

    int low() {
        return low;
    }

    int high() {
        return low + logWeights.length - 1;
    }

    double logWeight(int x) {
        return logWeights[x - low];
    }

    double probability(int x) {
        return Math.exp(logWeight(x) - logNormaliser);
    }

    /** P(from ≤ X ≤ to), for low ≤ from and to ≤ high; exactly 1 for the whole range. */
    double probabilityBetween(int from, int to) {
        if (from == low && to == high()) {
            return 1;
        }
        double sum = 0;
        for (int x = from; x <= to; x++) {
            sum += probability(x);
        }
        return sum;
    }

    /** The total probability of the values whose log-weight is at most {@code logWeightLimit}. */
    double probabilityOfLogWeightAtMost(double logWeightLimit) {
        double sum = 0;
        for (int x = low; x <= high(); x++) {
            if (logWeight(x) <= logWeightLimit) {
                sum += probability(x);
            }
        }
        return sum;
    }
}
