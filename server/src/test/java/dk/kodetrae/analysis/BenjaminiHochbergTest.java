package dk.kodetrae.analysis;

import static dk.kodetrae.analysis.Tolerance.EXACT;
import static dk.kodetrae.analysis.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Benjamini–Hochberg q-values against the step-up rule written out in Python in reference_values.py (SciPy 1.10
 * has no false_discovery_control), and against the worked example of the 1995 paper.
 */
class BenjaminiHochbergTest {
    /** Benjamini & Hochberg (1995), J. R. Statist. Soc. B 57(1), section 4.1: fifteen p-values, sorted. */
    private static final double[] PAPER = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459,
        0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000};

    @Test
    void unsortedVectorWithTies_matchesReference() {
        List<OptionalDouble> q = Statistics.benjaminiHochberg(present(0.01, 0.04, 0.03, 0.005, 0.20, 0.04, 0.9));
        assertAll(q, 0.035, 0.05600000000000001, 0.05600000000000001, 0.035, 0.23333333333333336,
                0.05600000000000001, 0.9);
    }

    @Test
    void paperExample_matchesReference() {
        assertAll(Statistics.benjaminiHochberg(present(PAPER)), 0.0015, 0.003, 0.0095, 0.035625, 0.0603,
                0.06385714285714286, 0.06385714285714286, 0.0645, 0.0765, 0.48600000000000004, 0.5811818181818182,
                0.714875, 0.7532307692307694, 0.8132142857142857, 1.0);
    }

    @Test
    void paperExample_rejectsTheFirstFourAtFivePercent() {
        // The paper's conclusion: controlling the FDR at 0.05 rejects the four smallest p-values (p ≤ 0.0095).
        List<OptionalDouble> q = Statistics.benjaminiHochberg(present(PAPER));
        long rejected = q.stream().filter(value -> value.getAsDouble() <= 0.05).count();
        assertEquals(4, rejected);
        assertTrue(q.get(3).getAsDouble() <= 0.05 && q.get(4).getAsDouble() > 0.05);
    }

    @Test
    void absentAndNaN_stayAbsentAndDoNotCountInM() {
        // Reference: BH over the four present p-values only (m = 4), as reference_values.py prints.
        List<OptionalDouble> input = Arrays.asList(OptionalDouble.of(0.02), OptionalDouble.empty(),
                OptionalDouble.of(0.01), OptionalDouble.of(Double.NaN), OptionalDouble.of(0.04), OptionalDouble.of(0.5));
        List<OptionalDouble> q = Statistics.benjaminiHochberg(input);
        assertTrue(q.get(1).isEmpty());
        assertTrue(q.get(3).isEmpty());
        assertRelative(0.04, q.get(0).getAsDouble(), EXACT, "q[0]");
        assertRelative(0.04, q.get(2).getAsDouble(), EXACT, "q[2]");
        assertRelative(0.05333333333333334, q.get(4).getAsDouble(), EXACT, "q[4]");
        assertRelative(0.5, q.get(5).getAsDouble(), EXACT, "q[5]");
    }

    @Test
    void qValues_areMonotoneInP_atLeastP_andAtMostOne() {
        double[] p = {0.9, 0.001, 0.6, 0.04, 0.04, 0.3, 0.0, 1.0, 0.75, 0.02};
        List<OptionalDouble> q = Statistics.benjaminiHochberg(present(p));
        for (int i = 0; i < p.length; i++) {
            double qi = q.get(i).getAsDouble();
            assertTrue(qi >= p[i] && qi <= 1, "q[" + i + "] = " + qi);
            for (int j = 0; j < p.length; j++) {
                if (p[i] <= p[j]) {
                    assertTrue(qi <= q.get(j).getAsDouble(), "p[" + i + "] ≤ p[" + j + "] but q is larger");
                }
            }
        }
    }

    @Test
    void largeProducts_areCappedAtOne() {
        List<OptionalDouble> q = Statistics.benjaminiHochberg(present(0.9, 0.95, 0.99));
        assertEquals(0.99, q.get(2).getAsDouble(), 1e-15);
        assertTrue(q.stream().allMatch(value -> value.getAsDouble() <= 1));
    }

    @Test
    void emptyList_givesEmptyList() {
        assertEquals(List.of(), Statistics.benjaminiHochberg(List.of()));
    }

    @Test
    void rejectsPOutsideTheUnitInterval() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.benjaminiHochberg(present(0.2, 1.5)));
        assertEquals("pValues[1] must be between 0 and 1, got 1.5", e.getMessage());
    }

    private static List<OptionalDouble> present(double... p) {
        List<OptionalDouble> values = new ArrayList<>();
        for (double value : p) {
            values.add(OptionalDouble.of(value));
        }
        return values;
    }

    private static void assertAll(List<OptionalDouble> q, double... expected) {
        assertEquals(expected.length, q.size());
        for (int i = 0; i < expected.length; i++) {
            assertRelative(expected[i], q.get(i).getAsDouble(), EXACT, "q[" + i + "]");
        }
    }
}
