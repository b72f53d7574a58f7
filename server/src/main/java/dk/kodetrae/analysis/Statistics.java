package dk.kodetrae.analysis;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The statistics a report uses to compare how often codes occur in groups of interviews. All methods are
 * stateless and thread-safe, copy their inputs, and throw {@link IllegalArgumentException} naming the offending
 * argument when an input is malformed. Randomised methods take an explicit seed and give the same result for the
 * same seed and data.
 */
public final class Statistics {
    /** The fewest (and default) permutations: p is then resolved to 1e-4. */
    public static final int MIN_PERMUTATIONS = Permutations.MIN_PERMUTATIONS;
    /** The fewest (and default) bootstrap resamples. */
    public static final int MIN_RESAMPLES = Bootstrap.MIN_RESAMPLES;
    public static final double DEFAULT_LEVEL = 0.95;

    private Statistics() {
    }

    /**
     * Fisher's exact test of a 2×2 table {@code [[a, b], [c, d]]}: rows are interviews with / without the code,
     * columns group 1 / group 2. Tables of up to 1,000,000 observations.
     */
    public static FisherResult fisherExact(int[][] table) {
        return FisherExact.test(ContingencyTable.of(table));
    }

    /**
     * Pearson's chi-square test of independence for an r×c table (r, c ≥ 2) without continuity correction — note
     * that SciPy's chi2_contingency corrects 2×2 tables by default; this does not. The p is present only when
     * Cochran's rule holds (see {@link ChiSquareResult.Reportability}).
     */
    public static ChiSquareResult chiSquare(int[][] table) {
        return ChiSquare.test(ContingencyTable.of(table), false);
    }

    /** As {@link #chiSquare}, with Yates' continuity correction (SciPy's default); 2×2 tables only. */
    public static ChiSquareResult chiSquareWithYatesCorrection(int[][] table) {
        return ChiSquare.test(ContingencyTable.of(table), true);
    }

    /** {@link #permutationTest(double[], int[], int, long)} with {@value #MIN_PERMUTATIONS} permutations. */
    public static PermutationResult permutationTest(double[] values, int[] groups, long seed) {
        return permutationTest(values, groups, MIN_PERMUTATIONS, seed);
    }

    /**
     * Two-sided permutation test of mean(group 1) − mean(group 2).
     *
     * @param values       one finite value per interview, e.g. the share of its text coded with a code
     * @param groups       the group of each interview, 1 or 2; both groups non-empty
     * @param permutations at least {@value #MIN_PERMUTATIONS}
     */
    public static PermutationResult permutationTest(double[] values, int[] groups, int permutations, long seed) {
        return Permutations.test(TwoGroups.of(values, groups), permutations, seed);
    }

    /** A {@value #DEFAULT_LEVEL} interval from {@value #MIN_RESAMPLES} resamples; see the full overload. */
    public static BootstrapInterval bootstrapMeanDifference(double[] values, int[] groups, long seed) {
        return bootstrapMeanDifference(values, groups, DEFAULT_LEVEL, MIN_RESAMPLES, seed);
    }

    /**
     * Percentile bootstrap interval for mean(group 1) − mean(group 2), resampling within each group.
     *
     * @param values    one finite value per interview
     * @param groups    the group of each interview, 1 or 2; both groups non-empty
     * @param level     the confidence level, strictly between 0 and 1
     * @param resamples at least {@value #MIN_RESAMPLES}
     */
    public static BootstrapInterval bootstrapMeanDifference(double[] values, int[] groups, double level,
                                                            int resamples, long seed) {
        return Bootstrap.percentileInterval(TwoGroups.of(values, groups), level, resamples, seed);
    }

    /**
     * Benjamini–Hochberg q-values, one per p-value and in the same order. An absent p (empty, or NaN) — e.g. from a
     * chi-square test that was not reportable — stays absent and is not counted among the m tests.
     */
    public static List<OptionalDouble> benjaminiHochberg(List<OptionalDouble> pValues) {
        return BenjaminiHochberg.adjust(pValues);
    }

    /**
     * The smallest p a cluster-level permutation test can give with {@code clusters1} vs {@code clusters2} values
     * of the cluster {@code attribute} (e.g. kommune), and the message saying that interview-level p-values
     * overstate certainty.
     */
    public static ClusterCaveat clusterCaveat(String attribute, int clusters1, int clusters2) {
        return ClusterBound.caveat(attribute, clusters1, clusters2);
    }
}
