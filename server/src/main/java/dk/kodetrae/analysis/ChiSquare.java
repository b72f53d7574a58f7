package dk.kodetrae.analysis;

import dk.kodetrae.analysis.ChiSquareResult.Reportability;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** Pearson's chi-square test of independence, with Cochran's rule deciding whether its p may be shown. */
final class ChiSquare {
    private static final double SMALL_EXPECTED = 5;
    private static final double TOO_SMALL_EXPECTED = 1;
    private static final double MAX_SHARE_SMALL = 0.2;

    private ChiSquare() {
    }

    /** {@code yates} is allowed for 2×2 tables only; SciPy applies it by default there, we only when asked. */
    static ChiSquareResult test(ContingencyTable table, boolean yates) {
        if (yates && !table.isTwoByTwo()) {
            throw new IllegalArgumentException("Yates' continuity correction is for 2x2 tables only, got " + table.shape());
        }
        double[][] expected = expected(table);
        int degreesOfFreedom = (table.rows() - 1) * (table.columns() - 1);
        Reportability reportability = reportability(table, expected);
        double statistic = table.hasEmptyMargin() ? Double.NaN : statistic(table, expected, yates);
        OptionalDouble p = reportability == Reportability.REPORTABLE
                ? OptionalDouble.of(upperTail(statistic, degreesOfFreedom))
                : OptionalDouble.empty();
        return new ChiSquareResult(statistic, degreesOfFreedom, p, byRow(expected), yates, reportability);
    }

    /** P(χ²_df ≥ statistic) = Q(df / 2, statistic / 2). */
    static double upperTail(double statistic, int degreesOfFreedom) {
        return Gamma.regularizedUpper(degreesOfFreedom / 2.0, statistic / 2.0);
    }

    private static double[][] expected(ContingencyTable table) {
        double[][] expected = new double[table.rows()][table.columns()];
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                expected[r][c] = (double) table.rowTotal(r) * table.columnTotal(c) / table.total();
            }
        }
        return expected;
    }

    private static Reportability reportability(ContingencyTable table, double[][] expected) {
        if (table.hasEmptyMargin()) {
            return Reportability.EMPTY_ROW_OR_COLUMN;
        }
        int small = 0;
        for (double[] row : expected) {
            for (double e : row) {
                if (e < TOO_SMALL_EXPECTED) {
                    return Reportability.EXPECTED_BELOW_ONE;
                }
                small += e < SMALL_EXPECTED ? 1 : 0;
            }
        }
        return small > MAX_SHARE_SMALL * table.rows() * table.columns()
                ? Reportability.TOO_MANY_EXPECTED_BELOW_FIVE
                : Reportability.REPORTABLE;
    }

    private static double statistic(ContingencyTable table, double[][] expected, boolean yates) {
        double sum = 0;
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                double deviation = Math.abs(table.count(r, c) - expected[r][c]);
                // As SciPy and R: the correction never moves an observed count past its expected count.
                double corrected = yates ? deviation - Math.min(0.5, deviation) : deviation;
                sum += corrected * corrected / expected[r][c];
            }
        }
        return sum;
    }

    private static List<List<Double>> byRow(double[][] values) {
        List<List<Double>> rows = new ArrayList<>(values.length);
        for (double[] row : values) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        return rows;
    }
}
