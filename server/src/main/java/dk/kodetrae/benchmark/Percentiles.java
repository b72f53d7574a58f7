package dk.kodetrae.benchmark;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of measured durations. */
final class Percentiles {
    private final double[] sorted;

    Percentiles(List<Double> values) {
        sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
    }

    double at(double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
