package dk.kodetrae.analysis;

import static dk.kodetrae.analysis.Tolerance.EXACT;
import static dk.kodetrae.analysis.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fisher's exact test against SciPy 1.10.1 (Debian 12's python3-scipy): scipy.stats.fisher_exact for the three
 * p-values and the sample odds ratio, scipy.stats.contingency.odds_ratio(kind="conditional") for the conditional
 * estimate. The numbers are printed by src/test/resources/analysis/reference_values.py.
 */
class FisherExactTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;
    /** SciPy solves for the conditional estimate with brentq(xtol=1e-13) on a noncentral mean from Boost. */
    private static final double CONDITIONAL = 1e-8;

    /** table, two-sided, less, greater, sample odds ratio, conditional odds ratio — all from reference_values.py. */
    static Stream<Arguments> scipyReference() {
        return Stream.of(
                reference(new int[][] {{3, 1}, {1, 3}}, 0.48571428571428565, 0.9857142857142858,
                        0.24285714285714283, 9.0, 6.408319658199662),
                reference(new int[][] {{1, 9}, {11, 3}}, 0.0027594561852200836, 0.0013797280926100418,
                        0.9999663480953022, 0.030303030303030304, 0.037209084832381056),
                reference(new int[][] {{8, 2}, {1, 5}}, 0.034965034965034975, 0.9991258741258742,
                        0.024475524475524483, 20.0, 15.465819716921013),
                reference(new int[][] {{7, 12}, {14, 6}}, 0.05616092643224239, 0.03904218533516787,
                        0.9922770207192512, 0.25, 0.25980361943505464),
                reference(new int[][] {{0, 5}, {6, 2}}, 0.02097902097902098, 0.016317016317016316, 1.0, 0.0, 0.0),
                reference(new int[][] {{5, 0}, {0, 5}}, 0.007936507936507938, 1.0, 0.003968253968253969, INF, INF),
                reference(new int[][] {{0, 0}, {4, 7}}, 1.0, 1.0, 1.0, NAN, NAN),
                reference(new int[][] {{20, 2}, {3, 30}}, 6.815025015209185e-10, 0.9999999999937587,
                        6.815025015209185e-10, 100.0, 83.54492282594049),
                reference(new int[][] {{830, 170}, {720, 280}}, 4.6510974819242195e-09, 0.9999999987961417,
                        2.3255487409621098e-09, 1.8986928104575163, 1.898083474824219),
                reference(new int[][] {{10000, 9000}, {9500, 9800}}, 2.645676647721433e-11, 0.9999999999882885,
                        1.3464498749130474e-11, 1.1461988304093567, 1.146194743736911));
    }

    private static Arguments reference(int[][] table, double twoSided, double less, double greater,
                                       double sampleOddsRatio, double conditionalOddsRatio) {
        return Arguments.of(Arrays.deepToString(table), table,
                new FisherResult(twoSided, less, greater, sampleOddsRatio, conditionalOddsRatio));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scipyReference")
    void pValues_matchScipy(String name, int[][] table, FisherResult scipy) {
        FisherResult ours = Statistics.fisherExact(table);
        assertRelative(scipy.pTwoSided(), ours.pTwoSided(), EXACT, name + " two-sided");
        assertRelative(scipy.pLess(), ours.pLess(), EXACT, name + " less");
        assertRelative(scipy.pGreater(), ours.pGreater(), EXACT, name + " greater");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scipyReference")
    void oddsRatios_matchScipy(String name, int[][] table, FisherResult scipy) {
        FisherResult ours = Statistics.fisherExact(table);
        assertRelative(scipy.sampleOddsRatio(), ours.sampleOddsRatio(), EXACT, name + " sample odds ratio");
        assertRelative(scipy.conditionalOddsRatio(), ours.conditionalOddsRatio(), CONDITIONAL,
                name + " conditional odds ratio");
    }

    /**
     * Fisher (1935), The Design of Experiments, ch. II: a lady identifies 3 of 4 cups with milk poured first. Of the
     * C(8, 4) = 70 ways to pick 4 cups, 1 + 16 are as or more extreme in her favour; two-sided, 1 + 16 + 16 + 1 = 34
     * of 70, i.e. 17/35.
     */
    @Test
    void ladyTastingTea_twoSidedIsSeventeenThirtyFifths() {
        FisherResult tea = Statistics.fisherExact(new int[][] {{3, 1}, {1, 3}});
        assertRelative(17.0 / 35, tea.pTwoSided(), 1e-12, "two-sided");
        assertRelative(17.0 / 70, tea.pGreater(), 1e-12, "greater");
        assertRelative(69.0 / 70, tea.pLess(), 1e-12, "less");
    }

    @Test
    void transposedTable_givesTheSameTest() {
        FisherResult table = Statistics.fisherExact(new int[][] {{7, 12}, {14, 6}});
        FisherResult transposed = Statistics.fisherExact(new int[][] {{7, 14}, {12, 6}});
        assertEquals(table.pTwoSided(), transposed.pTwoSided(), 1e-15);
        assertEquals(table.pLess(), transposed.pLess(), 1e-15);
        assertEquals(table.sampleOddsRatio(), transposed.sampleOddsRatio());
    }

    @Test
    void oneSidedPs_overlapInExactlyTheObservedTable() {
        // P(X ≤ a) + P(X ≥ a) = 1 + P(X = a): for [[7,12],[14,6]], P(X = 7) = C(21,7) C(18,12) / C(39,19).
        FisherResult result = Statistics.fisherExact(new int[][] {{7, 12}, {14, 6}});
        double pObserved = Math.exp(Gamma.lnChoose(21, 7) + Gamma.lnChoose(18, 12) - Gamma.lnChoose(39, 19));
        assertRelative(1 + pObserved, result.pLess() + result.pGreater(), 1e-12, "less + greater");
    }

    @Test
    void pValues_areNeverAboveOne() {
        FisherResult symmetric = Statistics.fisherExact(new int[][] {{5, 5}, {5, 5}});
        assertEquals(1.0, symmetric.pTwoSided());
        assertTrue(symmetric.pLess() <= 1 && symmetric.pGreater() <= 1);
    }

    @Test
    void rejectsTablesThatAreNotTwoByTwo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.fisherExact(new int[][] {{1, 2, 3}, {4, 5, 6}}));
        assertEquals("Fisher's exact test needs a 2x2 table, got 2x3", e.getMessage());
    }

    @Test
    void rejectsNegativeCounts_namingTheCell() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.fisherExact(new int[][] {{1, 2}, {-4, 5}}));
        assertEquals("table[1][0] is a negative count: -4", e.getMessage());
    }

    @Test
    void rejectsRaggedTables_namingTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.fisherExact(new int[][] {{1, 2}, {4, 5, 6}}));
        assertEquals("table row 1 has 3 columns but row 0 has 2", e.getMessage());
    }
}
