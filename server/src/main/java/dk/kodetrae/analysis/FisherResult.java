package dk.kodetrae.analysis;

/**
 * Fisher's exact test of a 2×2 table [[a, b], [c, d]] — rows: interviews with / without the code, columns: group 1
 * / group 2 (the test is the same for the transposed table). Under the null hypothesis of independence, a follows
 * the hypergeometric distribution given the table's margins.
 *
 * @param pTwoSided            the probability of all tables with the same margins that are no more probable than the
 *                             observed one (relative tolerance 1e-7, as R's fisher.test; SciPy's fisher_exact)
 * @param pLess                P(X ≤ a): evidence that the odds ratio is below 1 (SciPy's {@code alternative="less"})
 * @param pGreater             P(X ≥ a): evidence that the odds ratio is above 1 (SciPy's {@code "greater"})
 * @param sampleOddsRatio      (a·d) / (b·c), as SciPy's statistic: +∞ when b·c = 0, NaN when a row or column is empty
 * @param conditionalOddsRatio the conditional maximum-likelihood estimate, as R's fisher.test and SciPy's
 *                             {@code odds_ratio(kind="conditional")}: 0 or +∞ when a is at the end of its range,
 *                             NaN when a row or column is empty
 */
public record FisherResult(double pTwoSided, double pLess, double pGreater, double sampleOddsRatio,
                           double conditionalOddsRatio) {
}
