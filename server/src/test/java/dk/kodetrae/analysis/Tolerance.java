package dk.kodetrae.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relative comparison of computed numbers with reference values; infinities and NaN must match exactly. */
final class Tolerance {
    /** Where a reference value is exact (SciPy's closed forms), we must agree to this relative error. */
    static final double EXACT = 1e-9;

    private Tolerance() {
    }

    static void assertRelative(double expected, double actual, double relative, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0) {
            assertEquals(expected, actual, what);
            return;
        }
        double error = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(error <= relative, what + ": expected " + expected + ", got " + actual + " (relative error "
                + error + ", allowed " + relative + ")");
    }
}
