package dk.kodetrae.analysis;

import static dk.kodetrae.analysis.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gamma-function core, against SciPy 1.10.1's scipy.special (reference_values.py) and closed forms. */
class GammaTest {
    /** The brief's accuracy target for the incomplete gamma function. */
    private static final double TWELVE_DIGITS = 1e-12;

    @ParameterizedTest(name = "Q({0}, {1})")
    @CsvSource({
        // a, x, scipy.special.gammaincc(a, x); points on both sides of x = a + 1 (series vs continued fraction)
        "0.5, 0.1, 0.6547208460185768",
        "0.5, 2.0, 0.04550026389635857",
        "0.5, 50.0, 1.5239706048320995e-23",
        "1.5, 3.2, 0.09369079040762988",
        "2.5, 2.5, 0.4158801869955079",
        "4.0, 1.0, 0.9810118431238462",
        "4.0, 12.0, 0.002291791207791423",
        "7.5, 0.001, 1.0",
        "10.0, 30.0, 7.121750862815593e-06",
        "50.0, 45.0, 0.7531979655998298",
        "100.0, 80.0, 0.9828916869648668",
        "100.0, 130.0, 0.002750408367306518",
    })
    void upperRegularizedGamma_matchesScipyGammaincc(double a, double x, double scipy) {
        assertRelative(scipy, Gamma.regularizedUpper(a, x), TWELVE_DIGITS, "Q(" + a + ", " + x + ")");
    }

    @ParameterizedTest(name = "lnGamma({0})")
    @CsvSource({
        // x, scipy.special.gammaln(x)
        "0.5, 0.5723649429247",
        "1.5, -0.12078223763524526",
        "3.0, 0.6931471805599453",
        "15.3, 25.996606241964187",
        "100.25, 360.28455963776423",
        "10001.0, 82108.92783681436",
        "40001.0, 383871.606581826",
    })
    void lnGamma_matchesScipyGammaln(double x, double scipy) {
        // Relative for large values, absolute near the zeros of ln Γ at 1 and 2 (what exponentiating needs).
        assertEquals(scipy, Gamma.lnGamma(x), 1e-14 * Math.max(1, Math.abs(scipy)), "lnGamma(" + x + ")");
    }

    @Test
    void lnGamma_ofOneHalf_isHalfLogPi() {
        assertEquals(0.5 * Math.log(Math.PI), Gamma.lnGamma(0.5), 1e-15);
    }

    @Test
    void lnFactorial_continuesSmoothlyPastTheExactTable() {
        // ln 21! = ln 20! + ln 21: the first value from Stirling's series against the last exact one.
        assertEquals(Gamma.lnFactorial(20) + Math.log(21), Gamma.lnFactorial(21), 1e-13);
        assertEquals(Math.log(2432902008176640000.0), Gamma.lnFactorial(20), 1e-15);
    }

    @Test
    void exponentialCase_isExpOfMinusX() {
        // Q(1, x) = e^−x exactly, on both sides of the switch at x = a + 1 = 2.
        for (double x : new double[] {0.3, 1.9, 2.1, 40}) {
            assertRelative(Math.exp(-x), Gamma.regularizedUpper(1, x), TWELVE_DIGITS, "Q(1, " + x + ")");
        }
    }

    @Test
    void boundaries_areOneAtZeroAndZeroAtInfinity() {
        assertEquals(1.0, Gamma.regularizedUpper(3, 0));
        assertEquals(0.0, Gamma.regularizedUpper(3, Double.POSITIVE_INFINITY));
    }

    @Test
    void rejectsNonPositiveShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gamma.regularizedUpper(0, 1));
        assertEquals("regularizedUpper needs a finite a > 0, got 0.0", e.getMessage());
    }
}
