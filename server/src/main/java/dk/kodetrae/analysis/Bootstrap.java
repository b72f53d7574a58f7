package dk.kodetrae.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The percentile bootstrap for a difference in means between two groups, resampled within each group. */
final class Bootstrap {
    static final int MIN_RESAMPLES = 10_000;

    private Bootstrap() {
    }

    static BootstrapInterval percentileInterval(TwoGroups data, double level, int resamples, long seed) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be between 0 and 1 (e.g. 0.95), got " + level);
        }
        if (resamples < MIN_RESAMPLES) {
            throw new IllegalArgumentException("resamples must be at least " + MIN_RESAMPLES + ", got " + resamples);
        }
        double[] first = data.first();
        double[] second = data.second();
        SplittableRandom random = new SplittableRandom(seed);
        double[] differences = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            differences[i] = resampledMean(first, random) - resampledMean(second, random);
        }
        Arrays.sort(differences);
        double tail = (1 - level) / 2;
        return new BootstrapInterval(data.meanDifference(), quantile(differences, tail),
                quantile(differences, 1 - tail), level, resamples, seed);
    }

    private static double resampledMean(double[] values, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    /** The q-quantile of sorted values, interpolating linearly between order statistics at (n − 1)·q. */
    static double quantile(double[] sorted, double q) {
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (position - below) * (sorted[below + 1] - sorted[below]);
    }
}
