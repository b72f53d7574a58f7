package dk.kodetrae.agreement;

/**
 * A chance-corrected agreement coefficient with what it is made of.
 *
 * @param value    the coefficient, {@code (observed - expected) / (1 - expected)}; {@code null} when it is not defined
 *                 (chance agreement is 1: every item is coded, or none is, by every coder)
 * @param observed the agreement observed, as a fraction of the items (for α: 1 minus the observed disagreement)
 * @param expected the agreement expected by chance, as a fraction (for α: 1 minus the expected disagreement)
 */
public record Coefficient(Double value, double observed, double expected) {
    /** A coefficient from observed and expected agreement; not defined when chance agreement is 1. */
    static Coefficient of(double observed, double expected) {
        return new Coefficient(defined(observed, expected) ? (observed - expected) / (1 - expected) : null, observed,
                expected);
    }

    private static boolean defined(double observed, double expected) {
        return !Double.isNaN(observed) && !Double.isNaN(expected) && expected < 1 - 1e-12;
    }
}
