package dk.kodetrae.analysis;

/** One finite value per interview, split into group 1 and group 2; both groups non-empty. */
final class TwoGroups {
    private final double[] first;
    private final double[] second;

    private TwoGroups(double[] first, double[] second) {
        this.first = first;
        this.second = second;
    }

    /** {@code groups[i]} is 1 or 2: the group of the interview whose value is {@code values[i]}. */
    static TwoGroups of(double[] values, int[] groups) {
        if (values == null || groups == null) {
            throw new IllegalArgumentException("values and groups are required");
        }
        if (values.length != groups.length) {
            throw new IllegalArgumentException("values and groups must be equally long: one group per value, got "
                    + values.length + " values and " + groups.length + " groups");
        }
        int firstSize = 0;
        for (int i = 0; i < values.length; i++) {
            checkEntry(values, groups, i);
            firstSize += groups[i] == 1 ? 1 : 0;
        }
        return split(values, groups, firstSize);
    }

    private static void checkEntry(double[] values, int[] groups, int i) {
        if (!Double.isFinite(values[i])) {
            throw new IllegalArgumentException("values[" + i + "] must be a finite number, got " + values[i]);
        }
        if (groups[i] != 1 && groups[i] != 2) {
            throw new IllegalArgumentException("groups[" + i + "] must be 1 or 2, got " + groups[i]);
        }
    }

    private static TwoGroups split(double[] values, int[] groups, int firstSize) {
        if (firstSize == 0 || firstSize == values.length) {
            throw new IllegalArgumentException("both groups need at least one value, got " + firstSize
                    + " in group 1 and " + (values.length - firstSize) + " in group 2");
        }
        double[] first = new double[firstSize];
        double[] second = new double[values.length - firstSize];
        int f = 0;
        int s = 0;
        for (int i = 0; i < values.length; i++) {
            if (groups[i] == 1) {
                first[f++] = values[i];
            } else {
                second[s++] = values[i];
            }
        }
        return new TwoGroups(first, second);
    }

    int firstSize() {
        return first.length;
    }

    double[] first() {
        return first.clone();
    }

    double[] second() {
        return second.clone();
    }

    /** Group 1 followed by group 2. */
    double[] pooled() {
        double[] pooled = new double[first.length + second.length];
        System.arraycopy(first, 0, pooled, 0, first.length);
        System.arraycopy(second, 0, pooled, first.length, second.length);
        return pooled;
    }

    /** mean(group 1) − mean(group 2). */
    double meanDifference() {
        return mean(first) - mean(second);
    }

    /** The largest |value|: the scale against which two mean differences count as tied. */
    double largestMagnitude() {
        double largest = 0;
        for (double value : pooled()) {
            largest = Math.max(largest, Math.abs(value));
        }
        return largest;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
