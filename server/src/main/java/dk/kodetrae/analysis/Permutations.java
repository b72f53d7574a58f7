package dk.kodetrae.analysis;

import java.util.SplittableRandom;

/**
 * The Monte-Carlo permutation test of a difference in means: group labels are shuffled across interviews, which
 * keeps the group sizes, and the observed difference is compared with the shuffled ones.
 */
final class Permutations {
    static final int MIN_PERMUTATIONS = 10_000;
    /**
     * Differences closer than this, relative to the largest |value|, are ties: the same relabelling summed in another
     * order can differ in the last bits, and must still count as "as extreme as observed".
     */
    private static final double TIE_TOLERANCE = 1e-9;

    private Permutations() {
    }

    static PermutationResult test(TwoGroups data, int permutations, long seed) {
        if (permutations < MIN_PERMUTATIONS) {
            throw new IllegalArgumentException("permutations must be at least " + MIN_PERMUTATIONS
                    + " so that p is resolved to 1e-4, got " + permutations);
        }
        double observed = data.meanDifference();
        double threshold = Math.abs(observed) - TIE_TOLERANCE * data.largestMagnitude();
        double[] pool = data.pooled();
        int firstSize = data.firstSize();
        double total = sum(pool);
        SplittableRandom random = new SplittableRandom(seed);
        long asExtreme = 0;
        for (int i = 0; i < permutations; i++) {
            double firstSum = drawFirstGroupSum(pool, firstSize, random);
            double difference = firstSum / firstSize - (total - firstSum) / (pool.length - firstSize);
            asExtreme += Math.abs(difference) >= threshold ? 1 : 0;
        }
        return new PermutationResult(observed, (1.0 + asExtreme) / (1.0 + permutations), permutations, seed);
    }

    /**
     * Moves a uniformly random subset of {@code size} values to the front of {@code pool} (a partial Fisher–Yates
     * shuffle, valid from any starting order) and returns their sum.
     */
    private static double drawFirstGroupSum(double[] pool, int size, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(pool.length - i);
            double chosen = pool[j];
            pool[j] = pool[i];
            pool[i] = chosen;
            sum += chosen;
        }
        return sum;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
