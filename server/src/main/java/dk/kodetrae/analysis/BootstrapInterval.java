package dk.kodetrae.analysis;

/**
 * A percentile bootstrap confidence interval for mean(group 1) − mean(group 2), resampling with replacement within
 * each group so that the group sizes stay as observed.
 *
 * @param meanDifference the observed difference
 * @param lower          the (1 − level) / 2 quantile of the resampled differences (linear interpolation between order
 *                       statistics, as NumPy's default and R's type 7)
 * @param upper          the (1 + level) / 2 quantile
 * @param level          the confidence level, e.g. 0.95
 * @param resamples      how many bootstrap resamples were drawn
 * @param seed           the seed of the {@link java.util.SplittableRandom} that drew them
 */
public record BootstrapInterval(double meanDifference, double lower, double upper, double level, int resamples,
                                long seed) {
    public double width() {
        return upper - lower;
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
