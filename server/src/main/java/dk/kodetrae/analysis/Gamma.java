package dk.kodetrae.analysis;

/**
 * The log-gamma function, log-factorials and the upper regularized incomplete gamma function, written from their
 * textbook definitions (Stirling's series; the power series and Legendre's continued fraction for the incomplete
 * gamma function, the latter evaluated by the modified Lentz method).
 */
final class Gamma {
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    /** Below this, lnΓ is shifted up by the recurrence so that Stirling's series is accurate to double precision. */
    private static final double STIRLING_FROM = 15;
    /** B(2k) / (2k (2k − 1)) for k = 1..7: the terms of Stirling's series in 1/x, 1/x³, …, 1/x¹³. */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156};
    /** n! is exact in a long up to 20!. */
    private static final int EXACT_FACTORIALS = 21;
    private static final double[] LOG_SMALL_FACTORIALS = logSmallFactorials();
    /** A series term this small relative to the sum no longer changes it. */
    private static final double SERIES_EPSILON = 1e-17;
    /** A continued-fraction factor within two ulps of 1 no longer changes the value. */
    private static final double FRACTION_EPSILON = 2 * Math.ulp(1.0);
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;

    private Gamma() {
    }

    /**
     * ln Γ(x) for x > 0, with an error below 1e-14 · max(1, |ln Γ(x)|): what matters where the result is
     * exponentiated, since an absolute error ε in ln Γ is a relative error ε in Γ.
     */
    static double lnGamma(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("lnGamma needs a finite x > 0, got " + x);
        }
        if (x >= STIRLING_FROM) {
            return stirling(x);
        }
        // Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)) moves the argument into Stirling's range.
        double product = 1;
        double shifted = x;
        while (shifted < STIRLING_FROM) {
            product *= shifted;
            shifted += 1;
        }
        return stirling(shifted) - Math.log(product);
    }

    private static double stirling(double x) {
        double inverse = 1 / x;
        double inverseSquared = inverse * inverse;
        double series = 0;
        for (int k = STIRLING.length - 1; k >= 0; k--) {
            series = series * inverseSquared + STIRLING[k];
        }
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series * inverse;
    }

    /** ln n! for n ≥ 0. */
    static double lnFactorial(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("lnFactorial needs n >= 0, got " + n);
        }
        return n < EXACT_FACTORIALS ? LOG_SMALL_FACTORIALS[(int) n] : lnGamma(n + 1.0);
    }

    /** ln of the binomial coefficient C(n, k), for 0 ≤ k ≤ n. */
    static double lnChoose(long n, long k) {
        return lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
    }

    private static double[] logSmallFactorials() {
        double[] logs = new double[EXACT_FACTORIALS];
        long factorial = 1;
        for (int n = 1; n < EXACT_FACTORIALS; n++) {
            factorial *= n;
            logs[n] = Math.log(factorial);
        }
        return logs;
    }

    /**
     * Q(a, x) = Γ(a, x) / Γ(a), the upper regularized incomplete gamma function, for a > 0 and x ≥ 0; the
     * chi-square survival function is Q(df / 2, χ² / 2). Relative error below 1e-12 for a up to a few hundred,
     * also deep in the upper tail (where Q is computed directly, never as 1 − P).
     */
    static double regularizedUpper(double a, double x) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("regularizedUpper needs a finite a > 0, got " + a);
        }
        if (!(x >= 0)) {
            throw new IllegalArgumentException("regularizedUpper needs x >= 0, got " + x);
        }
        if (x == 0) {
            return 1;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        // The series converges quickly below a + 1, the continued fraction above it.
        return x < a + 1 ? 1 - lowerBySeries(a, x) : upperByContinuedFraction(a, x);
    }

    /** P(a, x) = x^a e^−x / Γ(a + 1) · Σ x^n / ((a + 1) … (a + n)). */
    private static double lowerBySeries(double a, double x) {
        double term = 1;
        double sum = 1;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (term < sum * SERIES_EPSILON) {
                return sum * Math.exp(a * Math.log(x) - x - lnGamma(a + 1));
            }
        }
        throw notConverged("series", a, x);
    }

    /** Q(a, x) = x^a e^−x / Γ(a) · 1 / (x + 1 − a − 1(1 − a) / (x + 3 − a − 2(2 − a) / (x + 5 − a − …))). */
    private static double upperByContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double fraction = d;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            double numerator = -n * (n - a);
            b += 2;
            d = nonZero(numerator * d + b);
            c = nonZero(b + numerator / c);
            d = 1 / d;
            double delta = d * c;
            fraction *= delta;
            if (Math.abs(delta - 1) <= FRACTION_EPSILON) {
                return fraction * Math.exp(a * Math.log(x) - x - lnGamma(a));
            }
        }
        throw notConverged("continued fraction", a, x);
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }

    private static ArithmeticException notConverged(String method, double a, double x) {
        return new ArithmeticException("incomplete gamma " + method + " did not converge for a = " + a + ", x = " + x);
    }
}
