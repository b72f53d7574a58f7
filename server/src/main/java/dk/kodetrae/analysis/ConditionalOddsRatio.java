package dk.kodetrae.analysis;

/**
 * The conditional maximum-likelihood estimate of the odds ratio of a 2×2 table (the estimate R's fisher.test
 * reports): the ψ for which the mean of Fisher's noncentral hypergeometric distribution, P(X = x) ∝ C(K, x)
 * C(N − K, n − x) ψ^x, equals the observed top-left count. Solved for ln ψ by Newton's method (the derivative of the
 * mean is the variance), kept inside a bracket by bisection.
 */
final class ConditionalOddsRatio {
    /** On ln ψ, relative to max(1, |ln ψ|): ψ to about 1e-12 relative, well above the rounding noise of the mean. */
    private static final double LOG_TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 500;

    private ConditionalOddsRatio() {
    }

    /** 0 or +∞ when the observed count is at the lower or upper end of its range; NaN when that range is one value. */
    static double estimate(Hypergeometric distribution, int observed) {
        if (distribution.low() == distribution.high()) {
            return Double.NaN;
        }
        if (observed == distribution.low()) {
            return 0;
        }
        if (observed == distribution.high()) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.exp(solveLogOddsRatio(distribution, observed));
    }

    private static double solveLogOddsRatio(Hypergeometric distribution, int observed) {
        double below = -1;
        while (moments(distribution, below).mean() > observed) {
            below *= 2;
        }
        double above = 1;
        while (moments(distribution, above).mean() < observed) {
            above *= 2;
        }
        double logPsi = 0;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            Moments m = moments(distribution, logPsi);
            double excess = m.mean() - observed;
            if (excess == 0) {
                return logPsi;
            }
            if (excess < 0) {
                below = logPsi;
            } else {
                above = logPsi;
            }
            double next = logPsi - excess / m.variance();
            if (!(next > below && next < above)) {
                next = (below + above) / 2;
            }
            double tolerance = LOG_TOLERANCE * Math.max(1, Math.abs(logPsi));
            if (Math.abs(next - logPsi) <= tolerance || above - below <= tolerance) {
                return next;
            }
            logPsi = next;
        }
        throw new ArithmeticException("conditional odds ratio did not converge for top-left count " + observed);
    }

    private record Moments(double mean, double variance) {
    }

    private static Moments moments(Hypergeometric distribution, double logPsi) {
        int low = distribution.low();
        double[] logWeights = new double[distribution.high() - low + 1];
        double largest = Double.NEGATIVE_INFINITY;
        for (int x = low; x <= distribution.high(); x++) {
            logWeights[x - low] = distribution.logWeight(x) + logPsi * x;
            largest = Math.max(largest, logWeights[x - low]);
        }
        double total = Hypergeometric.sumOfExp(logWeights, largest);
        double mean = 0;
        double meanSquare = 0;
        for (int i = 0; i < logWeights.length; i++) {
            double p = Math.exp(logWeights[i] - largest) / total;
            // Centre on low so that the variance does not lose digits to cancellation with large counts.
            mean += p * i;
            meanSquare += p * i * (double) i;
        }
        return new Moments(low + mean, Math.max(meanSquare - mean * mean, Double.MIN_NORMAL));
    }
}
