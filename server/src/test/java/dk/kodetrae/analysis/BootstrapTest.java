package dk.kodetrae.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The percentile bootstrap interval for a difference in mean coverage. */
class BootstrapTest {
    private static final double[] VALUES = PermutationsTest.EQUAL_VALUES;
    private static final int[] GROUPS = PermutationsTest.EQUAL_GROUPS;

    @Test
    void interval_containsTheObservedDifference() {
        BootstrapInterval interval = Statistics.bootstrapMeanDifference(VALUES, GROUPS, 2024);
        System.out.printf(Locale.ROOT, "bootstrap 6 vs 6: difference %.4f, 95%% interval [%.4f, %.4f]%n",
                interval.meanDifference(), interval.lower(), interval.upper());
        assertEquals(0.125, interval.meanDifference(), 1e-15);
        assertTrue(interval.contains(interval.meanDifference()), interval.toString());
        assertEquals(Statistics.DEFAULT_LEVEL, interval.level());
        assertEquals(Statistics.MIN_RESAMPLES, interval.resamples());
    }

    @Test
    void interval_narrowsWithMoreData() {
        // Four copies of every interview: the same spread, four times the interviews, so about half the width.
        double[] more = new double[VALUES.length * 4];
        int[] moreGroups = new int[GROUPS.length * 4];
        for (int copy = 0; copy < 4; copy++) {
            System.arraycopy(VALUES, 0, more, copy * VALUES.length, VALUES.length);
            System.arraycopy(GROUPS, 0, moreGroups, copy * GROUPS.length, GROUPS.length);
        }
        BootstrapInterval few = Statistics.bootstrapMeanDifference(VALUES, GROUPS, 5);
        BootstrapInterval many = Statistics.bootstrapMeanDifference(more, moreGroups, 5);
        assertTrue(many.width() < 0.6 * few.width(), few.width() + " → " + many.width());
        assertTrue(many.contains(0.125));
    }

    @Test
    void higherLevel_givesAWiderInterval() {
        BootstrapInterval ninety = Statistics.bootstrapMeanDifference(VALUES, GROUPS, 0.90, 20_000, 5);
        BootstrapInterval ninetyNine = Statistics.bootstrapMeanDifference(VALUES, GROUPS, 0.99, 20_000, 5);
        assertTrue(ninetyNine.lower() < ninety.lower() && ninety.upper() < ninetyNine.upper());
    }

    @Test
    void sameSeed_givesTheSameInterval_andAnotherSeedAnother() {
        BootstrapInterval first = Statistics.bootstrapMeanDifference(VALUES, GROUPS, 11);
        assertEquals(first, Statistics.bootstrapMeanDifference(VALUES, GROUPS, 11));
        assertNotEquals(first, Statistics.bootstrapMeanDifference(VALUES, GROUPS, 12));
    }

    @Test
    void quantile_interpolatesLikeNumpy() {
        // numpy.quantile(sample, [0.025, 0.975]) = [0.0275, 0.425], from reference_values.py.
        double[] sample = {0.31, 0.02, 0.17, 0.44, 0.09, 0.26, 0.13, 0.38, 0.21, 0.05, 0.29};
        Arrays.sort(sample);
        assertEquals(0.0275, Bootstrap.quantile(sample, 0.025), 1e-15);
        assertEquals(0.425, Bootstrap.quantile(sample, 0.975), 1e-15);
        assertEquals(0.44, Bootstrap.quantile(sample, 1.0));
    }

    @Test
    void rejectsALevelOutsideZeroToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.bootstrapMeanDifference(VALUES, GROUPS, 95, 10_000, 1));
        assertEquals("level must be between 0 and 1 (e.g. 0.95), got 95.0", e.getMessage());
    }

    @Test
    void rejectsFewerThanTenThousandResamples() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.bootstrapMeanDifference(VALUES, GROUPS, 0.95, 1_000, 1));
        assertEquals("resamples must be at least 10000, got 1000", e.getMessage());
    }
}
