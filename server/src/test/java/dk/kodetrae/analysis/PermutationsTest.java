package dk.kodetrae.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Monte-Carlo permutation test against the exact permutation p, found here by enumerating every way to pick
 * group 1 from the pooled interviews.
 */
class PermutationsTest {
    private static final int MANY = 100_000;

    /** Coverage of one code in 6 + 6 interviews: exact p = 32 / 924 ≈ 0.035 (equal groups, mirrored ties). */
    static final double[] EQUAL_VALUES = {0.12, 0.31, 0.25, 0.40, 0.18, 0.29, 0.08, 0.15, 0.22, 0.05, 0.19, 0.11};
    static final int[] EQUAL_GROUPS = {1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2};
    /** 4 + 7 interviews, groups interleaved: exact p = 23 / 330 ≈ 0.070. */
    static final double[] UNEQUAL_VALUES = {0.21, 0.11, 0.34, 0.05, 0.09, 0.18, 0.27, 0.02, 0.14, 0.23, 0.07};
    static final int[] UNEQUAL_GROUPS = {1, 2, 1, 2, 1, 2, 1, 2, 2, 2, 2};

    static Stream<Arguments> dataSets() {
        return Stream.of(Arguments.of("6 vs 6", EQUAL_VALUES, EQUAL_GROUPS),
                Arguments.of("4 vs 7", UNEQUAL_VALUES, UNEQUAL_GROUPS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void monteCarloP_isWithinFourStandardErrorsOfFullEnumeration(String name, double[] values, int[] groups) {
        double exact = exactP(values, groups);
        PermutationResult result = Statistics.permutationTest(values, groups, MANY, 20_240_601L);
        double standardError = Math.sqrt(exact * (1 - exact) / MANY);
        System.out.printf(Locale.ROOT, "permutation %s: exact p %.6f, Monte Carlo p %.6f (SE %.6f)%n",
                name, exact, result.p(), standardError);
        assertTrue(Math.abs(result.p() - exact) <= 4 * standardError,
                name + ": exact " + exact + ", Monte Carlo " + result.p() + ", SE " + standardError);
    }

    @Test
    void sameSeed_givesTheSameP() {
        PermutationResult first = Statistics.permutationTest(EQUAL_VALUES, EQUAL_GROUPS, MANY, 42);
        PermutationResult second = Statistics.permutationTest(EQUAL_VALUES, EQUAL_GROUPS, MANY, 42);
        assertEquals(first, second);
    }

    @Test
    void differentSeed_givesASlightlyDifferentP() {
        PermutationResult first = Statistics.permutationTest(EQUAL_VALUES, EQUAL_GROUPS, MANY, 42);
        PermutationResult second = Statistics.permutationTest(EQUAL_VALUES, EQUAL_GROUPS, MANY, 43);
        assertNotEquals(first.p(), second.p());
        double standardError = Math.sqrt(first.p() * (1 - first.p()) / MANY);
        // Two independent estimates differ with standard deviation √2 · SE.
        assertTrue(Math.abs(first.p() - second.p()) <= 4 * Math.sqrt(2) * standardError);
    }

    @Test
    void observedDifference_isMeanOfGroupOneMinusMeanOfGroupTwo() {
        PermutationResult result = Statistics.permutationTest(EQUAL_VALUES, EQUAL_GROUPS, 42);
        assertEquals(1.55 / 6 - 0.80 / 6, result.meanDifference(), 1e-15);
        assertEquals(Statistics.MIN_PERMUTATIONS, result.permutations());
    }

    @Test
    void equalMeans_giveP1() {
        // Every relabelling is at least as extreme as a difference of exactly 0.
        PermutationResult result = Statistics.permutationTest(new double[] {0.1, 0.3, 0.3, 0.1},
                new int[] {1, 1, 2, 2}, 7);
        assertEquals(1.0, result.p());
    }

    @Test
    void p_isNeverZero() {
        // 10 vs 10 fully separated: only 2 of C(20, 10) = 184,756 relabellings are as extreme, yet p ≥ 1 / (1 + N).
        double[] values = new double[20];
        int[] groups = new int[20];
        for (int i = 0; i < 20; i++) {
            values[i] = i;
            groups[i] = i < 10 ? 1 : 2;
        }
        PermutationResult result = Statistics.permutationTest(values, groups, 10_000, 1);
        assertTrue(result.p() >= 1.0 / 10_001, "p " + result.p());
    }

    @Test
    void rejectsFewerThanTenThousandPermutations() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.permutationTest(EQUAL_VALUES, EQUAL_GROUPS, 999, 1));
        assertEquals("permutations must be at least 10000 so that p is resolved to 1e-4, got 999", e.getMessage());
    }

    @Test
    void rejectsUnknownGroupLabel_namingTheInterview() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.permutationTest(new double[] {0.1, 0.2, 0.3}, new int[] {1, 0, 2}, 1));
        assertEquals("groups[1] must be 1 or 2, got 0", e.getMessage());
    }

    @Test
    void rejectsAnEmptyGroup() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.permutationTest(new double[] {0.1, 0.2}, new int[] {1, 1}, 1));
        assertEquals("both groups need at least one value, got 2 in group 1 and 0 in group 2", e.getMessage());
    }

    @Test
    void rejectsNaNValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.permutationTest(new double[] {0.1, Double.NaN}, new int[] {1, 2}, 1));
        assertEquals("values[1] must be a finite number, got NaN", e.getMessage());
    }

    /**
     * The exact two-sided permutation p: the share of all C(n, n1) choices of group 1 whose |mean difference| is at
     * least the observed one (ties within 1e-9, as the coverages are at most 1).
     */
    static double exactP(double[] values, int[] groups) {
        int n = values.length;
        int firstSize = 0;
        int observedMask = 0;
        for (int i = 0; i < n; i++) {
            if (groups[i] == 1) {
                firstSize++;
                observedMask |= 1 << i;
            }
        }
        double observed = Math.abs(difference(values, observedMask, firstSize));
        int asExtreme = 0;
        int labellings = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) == firstSize) {
                labellings++;
                asExtreme += Math.abs(difference(values, mask, firstSize)) >= observed - 1e-9 ? 1 : 0;
            }
        }
        return (double) asExtreme / labellings;
    }

    private static double difference(double[] values, int firstMask, int firstSize) {
        double first = 0;
        double second = 0;
        for (int i = 0; i < values.length; i++) {
            if ((firstMask & 1 << i) != 0) {
                first += values[i];
            } else {
                second += values[i];
            }
        }
        return first / firstSize - second / (values.length - firstSize);
    }
}
