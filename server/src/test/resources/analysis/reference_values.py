#!/usr/bin/python3
"""Reference values for the tests in server/src/test/java/dk/kodetrae/analysis.

Computed independently of our Java code, with Debian's SciPy and NumPy:

    apt-get install -y python3-scipy
    /usr/bin/python3 server/src/test/resources/analysis/reference_values.py

The numbers printed here are hard-coded in the tests (FisherExactTest, ChiSquareTest, GammaTest,
BenjaminiHochbergTest, BootstrapTest); rerun this script and compare when a test's expectation is in doubt.
SciPy 1.10 (Debian 12) has no false_discovery_control, so Benjamini-Hochberg is written out below from the
1995 paper's step-up rule; it shares no code with the Java implementation.
"""
import math

import numpy as np
import scipy
from scipy import special, stats
from scipy.stats.contingency import odds_ratio

FISHER_TABLES = [
    [[3, 1], [1, 3]],            # Fisher's lady tasting tea
    [[1, 9], [11, 3]],           # SciPy's and Wikipedia's example
    [[8, 2], [1, 5]],
    [[7, 12], [14, 6]],
    [[0, 5], [6, 2]],            # a zero cell
    [[5, 0], [0, 5]],            # two zero cells, the most extreme 5 vs 5 table
    [[0, 0], [4, 7]],            # an empty row
    [[20, 2], [3, 30]],          # a tiny p
    [[830, 170], [720, 280]],    # large counts
    [[10000, 9000], [9500, 9800]],  # counts of 10,000
]

CHI2_TABLES = [
    [[30, 20], [15, 35]],
    [[830, 170], [720, 280]],
    [[12, 18, 25, 9], [28, 22, 15, 31]],
    [[20, 15, 10], [12, 25, 18], [8, 10, 30]],
    [[100, 10, 40], [10, 100, 45]],
]

GAMMAINCC_POINTS = [
    (0.5, 0.1), (0.5, 2.0), (0.5, 50.0), (1.5, 3.2), (2.5, 2.5), (4.0, 1.0), (4.0, 12.0),
    (7.5, 0.001), (10.0, 30.0), (50.0, 45.0), (100.0, 80.0), (100.0, 130.0),
]

GAMMALN_POINTS = [0.5, 1.5, 3.0, 15.3, 100.25, 10001.0, 40001.0]

BH_VECTORS = [
    [0.01, 0.04, 0.03, 0.005, 0.20, 0.04, 0.9],
    # Benjamini & Hochberg (1995), section 4.1: fifteen p-values from a clinical trial.
    [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240,
     0.4262, 0.5719, 0.6528, 0.7590, 1.000],
    # None and NaN are absent: they keep no q and do not count in m.
    [0.02, None, 0.01, float("nan"), 0.04, 0.5],
]

QUANTILE_SAMPLE = [0.31, 0.02, 0.17, 0.44, 0.09, 0.26, 0.13, 0.38, 0.21, 0.05, 0.29]


def manual_bh(ps):
    present = [(p, i) for i, p in enumerate(ps) if p is not None and not math.isnan(p)]
    m = len(present)
    present.sort()
    q = [None] * len(ps)
    running = 1.0
    for rank in range(m, 0, -1):
        p, i = present[rank - 1]
        running = min(running, p * m / rank)
        q[i] = running
    return q


def main():
    print(f"# SciPy {scipy.__version__}, NumPy {np.__version__}")
    print("# Fisher: table -> two-sided, less, greater, sample odds ratio, conditional MLE odds ratio")
    for t in FISHER_TABLES:
        two = stats.fisher_exact(t, alternative="two-sided")
        less = stats.fisher_exact(t, alternative="less").pvalue
        greater = stats.fisher_exact(t, alternative="greater").pvalue
        cond = odds_ratio(t, kind="conditional").statistic if min(map(sum, t)) > 0 and \
            min(t[0][0] + t[1][0], t[0][1] + t[1][1]) > 0 else float("nan")
        print(f"fisher {t}: {two.pvalue!r}, {less!r}, {greater!r}, {two.statistic!r}, {cond!r}")

    print("# chi2_contingency(correction=False): table -> statistic, df, p; then correction=True for 2x2")
    for t in CHI2_TABLES:
        r = stats.chi2_contingency(t, correction=False)
        print(f"chi2 {t}: {r.statistic!r}, {r.dof}, {r.pvalue!r}")
        if np.shape(t) == (2, 2):
            y = stats.chi2_contingency(t, correction=True)
            print(f"chi2 yates {t}: {y.statistic!r}, {y.dof}, {y.pvalue!r}")
    expected = stats.chi2_contingency(CHI2_TABLES[2], correction=False).expected_freq
    print(f"chi2 expected {CHI2_TABLES[2]}: {expected.tolist()!r}")

    print("# scipy.special.gammaincc(a, x), the upper regularized incomplete gamma Q(a, x)")
    for a, x in GAMMAINCC_POINTS:
        print(f"gammaincc({a!r}, {x!r}) = {special.gammaincc(a, x)!r}")
    print("# scipy.special.gammaln(x)")
    for x in GAMMALN_POINTS:
        print(f"gammaln({x!r}) = {special.gammaln(x)!r}")

    print("# Benjamini-Hochberg q-values (manual step-up, see manual_bh)")
    for v in BH_VECTORS:
        print(f"bh {v}: {manual_bh(v)!r}")

    print("# numpy.quantile (linear interpolation, NumPy's default) at 0.025 and 0.975")
    print(f"quantile {QUANTILE_SAMPLE}: {np.quantile(QUANTILE_SAMPLE, [0.025, 0.975]).tolist()!r}")


if __name__ == "__main__":
    main()
