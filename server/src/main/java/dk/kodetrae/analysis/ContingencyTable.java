package dk.kodetrae.analysis;

/** A validated copy of a table of non-negative counts (at least 2×2), with its margins. */
final class ContingencyTable {
    private final int[][] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long total;

    private ContingencyTable(int[][] counts) {
        this.counts = counts;
        rowTotals = new long[counts.length];
        columnTotals = new long[counts[0].length];
        long sum = 0;
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                rowTotals[r] += counts[r][c];
                columnTotals[c] += counts[r][c];
                sum += counts[r][c];
            }
        }
        total = sum;
    }

    /**
     * Checks and copies {@code table}: at least two rows, every row as long as the first and at least two long,
     * no negative count. Messages name the offending row or cell (0-based, as in Java).
     */
    static ContingencyTable of(int[][] table) {
        if (table == null || table.length < 2) {
            throw new IllegalArgumentException("table must have at least 2 rows, got " + (table == null ? 0 : table.length));
        }
        int[][] copy = new int[table.length][];
        for (int r = 0; r < table.length; r++) {
            copy[r] = checkedRow(table, r);
        }
        return new ContingencyTable(copy);
    }

    private static int[] checkedRow(int[][] table, int r) {
        int[] row = table[r];
        if (row == null || row.length < 2) {
            throw new IllegalArgumentException("table row " + r + " must have at least 2 columns, got "
                    + (row == null ? 0 : row.length));
        }
        if (row.length != table[0].length) {
            throw new IllegalArgumentException("table row " + r + " has " + row.length + " columns but row 0 has "
                    + table[0].length);
        }
        for (int c = 0; c < row.length; c++) {
            if (row[c] < 0) {
                throw new IllegalArgumentException("table[" + r + "][" + c + "] is a negative count: " + row[c]);
            }
        }
        return row.clone();
    }

    int rows() {
        return counts.length;
    }

    int columns() {
        return counts[0].length;
    }

    boolean isTwoByTwo() {
        return rows() == 2 && columns() == 2;
    }

    int count(int row, int column) {
        return counts[row][column];
    }

    long rowTotal(int row) {
        return rowTotals[row];
    }

    long columnTotal(int column) {
        return columnTotals[column];
    }

    long total() {
        return total;
    }

    /** Whether some row or column has no observations, which leaves nothing to compare. */
    boolean hasEmptyMargin() {
        return contains(rowTotals, 0) || contains(columnTotals, 0);
    }

    private static boolean contains(long[] values, long wanted) {
        for (long value : values) {
            if (value == wanted) {
                return true;
            }
        }
        return false;
    }

    String shape() {
        return rows() + "x" + columns();
    }
}
