package dk.kodetrae.analysis;

import static dk.kodetrae.analysis.Tolerance.EXACT;
import static dk.kodetrae.analysis.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.analysis.ChiSquareResult.Reportability;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pearson's chi-square test against SciPy 1.10.1's scipy.stats.chi2_contingency (Debian 12), as printed by
 * src/test/resources/analysis/reference_values.py, and Cochran's rule on tables made to break it.
 */
class ChiSquareTest {
    /** table, statistic, df, p from chi2_contingency(table, correction=False). */
    static Stream<Arguments> scipyWithoutCorrection() {
        return Stream.of(
                reference(new int[][] {{30, 20}, {15, 35}}, 9.09090909090909, 1, 0.0025688315270227164),
                reference(new int[][] {{830, 170}, {720, 280}}, 34.69534050179212, 1, 3.855532990289215e-09),
                reference(new int[][] {{12, 18, 25, 9}, {28, 22, 15, 31}}, 15.625, 3, 0.0013534435287622492),
                reference(new int[][] {{20, 15, 10}, {12, 25, 18}, {8, 10, 30}}, 22.659825844653433, 4,
                        0.0001480612279426732),
                reference(new int[][] {{100, 10, 40}, {10, 100, 45}}, 147.52452417917314, 2, 9.23541896050262e-33));
    }

    /** table, statistic, df, p from chi2_contingency(table, correction=True), SciPy's default. */
    static Stream<Arguments> scipyWithYates() {
        return Stream.of(
                reference(new int[][] {{30, 20}, {15, 35}}, 7.919191919191919, 1, 0.004891311452359333),
                reference(new int[][] {{830, 170}, {720, 280}}, 34.0673835125448, 1, 5.323617668987617e-09));
    }

    private static Arguments reference(int[][] table, double statistic, int df, double p) {
        return Arguments.of(Arrays.deepToString(table), table, statistic, df, p);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scipyWithoutCorrection")
    void withoutCorrection_matchesScipy(String name, int[][] table, double statistic, int df, double p) {
        ChiSquareResult ours = Statistics.chiSquare(table);
        assertTrue(ours.reportable(), name + " is chosen to satisfy Cochran's rule");
        assertRelative(statistic, ours.statistic(), EXACT, name + " statistic");
        assertEquals(df, ours.degreesOfFreedom(), name + " df");
        assertRelative(p, ours.p().orElseThrow(), EXACT, name + " p");
        assertFalse(ours.yatesCorrected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scipyWithYates")
    void yatesCorrection_matchesScipyDefaultForTwoByTwo(String name, int[][] table, double statistic, int df,
                                                        double p) {
        ChiSquareResult ours = Statistics.chiSquareWithYatesCorrection(table);
        assertRelative(statistic, ours.statistic(), EXACT, name + " statistic");
        assertEquals(df, ours.degreesOfFreedom());
        assertRelative(p, ours.p().orElseThrow(), EXACT, name + " p");
        assertTrue(ours.yatesCorrected());
    }

    @Test
    void expectedCounts_matchScipy() {
        // chi2_contingency([[12,18,25,9],[28,22,15,31]]).expected_freq: row totals 64 and 96, every column 40, N 160.
        ChiSquareResult result = Statistics.chiSquare(new int[][] {{12, 18, 25, 9}, {28, 22, 15, 31}});
        assertEquals(List.of(List.of(16.0, 16.0, 16.0, 16.0), List.of(24.0, 24.0, 24.0, 24.0)), result.expected());
    }

    @Test
    void smallExpectedCounts_areFlaggedNotReportable_andCarryNoP() {
        // The lady-tasting-tea table: every expected count is 2, so all four cells are below 5.
        ChiSquareResult result = Statistics.chiSquare(new int[][] {{3, 1}, {1, 3}});
        assertFalse(result.reportable());
        assertEquals(Reportability.TOO_MANY_EXPECTED_BELOW_FIVE, result.reportability());
        assertTrue(result.p().isEmpty());
        assertEquals(2.0, result.statistic(), 1e-12, "the statistic is still shown: Σ 1²/2 over four cells");
    }

    @Test
    void oneSmallCellInTen_isStillReportable() {
        // 2x5: only the cell with expected 50·8/200 = 2 is below 5, i.e. 10 % of the cells.
        ChiSquareResult result = Statistics.chiSquare(new int[][] {{4, 11, 10, 12, 13}, {4, 29, 30, 38, 49}});
        assertEquals(2.0, result.expected().get(0).get(0), 1e-12);
        assertTrue(result.reportable(), result.reportability().explanation());
    }

    @Test
    void expectedCountBelowOne_isFlagged() {
        // Expected count of the first cell: 20 · 2 / 80 = 0.5.
        ChiSquareResult result = Statistics.chiSquare(new int[][] {{2, 8, 10}, {0, 30, 30}});
        assertEquals(Reportability.EXPECTED_BELOW_ONE, result.reportability());
        assertTrue(result.p().isEmpty());
    }

    @Test
    void emptyRow_isNotReportable_andHasNoStatistic() {
        // A code used in no interview: the "with the code" row is all zeros.
        ChiSquareResult result = Statistics.chiSquare(new int[][] {{0, 0, 0}, {12, 9, 14}});
        assertEquals(Reportability.EMPTY_ROW_OR_COLUMN, result.reportability());
        assertTrue(Double.isNaN(result.statistic()));
        assertTrue(result.p().isEmpty());
    }

    @Test
    void twoDegreesOfFreedom_pIsExpOfMinusHalfTheStatistic() {
        // Chi-square with 2 df is exponential with mean 2: P(X ≥ x) = e^(−x/2), a closed form independent of SciPy.
        assertRelative(Math.exp(-147.52452417917314 / 2), ChiSquare.upperTail(147.52452417917314, 2), 1e-13, "df 2");
        assertRelative(Math.exp(-3.0), ChiSquare.upperTail(6.0, 2), 1e-14, "df 2");
    }

    @Test
    void yatesCorrection_isRefusedForLargerTables() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.chiSquareWithYatesCorrection(new int[][] {{1, 2, 3}, {4, 5, 6}}));
        assertEquals("Yates' continuity correction is for 2x2 tables only, got 2x3", e.getMessage());
    }

    @Test
    void rejectsSingleColumnTables() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.chiSquare(new int[][] {{1}, {4}}));
        assertEquals("table row 0 must have at least 2 columns, got 1", e.getMessage());
    }

    @Test
    void resultExpectedCounts_cannotBeModified() {
        ChiSquareResult result = Statistics.chiSquare(new int[][] {{30, 20}, {15, 35}});
        assertThrows(UnsupportedOperationException.class, () -> result.expected().get(0).set(0, 0.0));
    }
}
