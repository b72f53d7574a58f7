package dk.kodetrae.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Benjamini–Hochberg (1995) adjusted p-values: q for the i-th smallest of m p-values is min over j ≥ i of
 * m·p(j) / j, capped at 1. Equal p-values get equal q-values.
 */
final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /**
     * Absent p-values (empty, or NaN) stay absent and do not count in m: a code whose test could not be reported
     * was not tested, so it must neither receive a q nor make the others' q larger.
     */
    static List<OptionalDouble> adjust(List<OptionalDouble> pValues) {
        if (pValues == null) {
            throw new IllegalArgumentException("pValues is required");
        }
        List<Integer> present = presentIndices(pValues);
        present.sort(Comparator.comparingDouble((Integer i) -> pValues.get(i).getAsDouble()));
        int m = present.size();
        double[] q = new double[pValues.size()];
        double smallestSoFar = 1;
        for (int rank = m; rank >= 1; rank--) {
            int index = present.get(rank - 1);
            smallestSoFar = Math.min(smallestSoFar, pValues.get(index).getAsDouble() * m / rank);
            q[index] = smallestSoFar;
        }
        List<OptionalDouble> adjusted = new ArrayList<>(pValues.size());
        for (int i = 0; i < pValues.size(); i++) {
            adjusted.add(isPresent(pValues.get(i)) ? OptionalDouble.of(q[i]) : OptionalDouble.empty());
        }
        return List.copyOf(adjusted);
    }

    private static List<Integer> presentIndices(List<OptionalDouble> pValues) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < pValues.size(); i++) {
            OptionalDouble p = pValues.get(i);
            if (p == null) {
                throw new IllegalArgumentException("pValues[" + i + "] is null; use OptionalDouble.empty() for an absent p");
            }
            if (isPresent(p)) {
                checkProbability(p.getAsDouble(), i);
                present.add(i);
            }
        }
        return present;
    }

    private static boolean isPresent(OptionalDouble p) {
        return p.isPresent() && !Double.isNaN(p.getAsDouble());
    }

    private static void checkProbability(double p, int index) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("pValues[" + index + "] must be between 0 and 1, got " + p);
        }
    }
}
