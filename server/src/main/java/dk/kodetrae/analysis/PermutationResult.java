package dk.kodetrae.analysis;

/**
 * A permutation test of the difference in mean per-interview value (e.g. coverage) between two groups.
 *
 * @param meanDifference the observed mean(group 1) − mean(group 2)
 * @param p              two-sided: (1 + #{|permuted difference| ≥ |observed|}) / (1 + permutations); never 0
 * @param permutations   how many random relabellings were drawn
 * @param seed           the seed of the {@link java.util.SplittableRandom} that drew them; the same seed and data
 *                       give the same p
 */
public record PermutationResult(double meanDifference, double p, int permutations, long seed) {
}
