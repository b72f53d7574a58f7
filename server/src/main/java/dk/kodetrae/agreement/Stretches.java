package dk.kodetrae.agreement;

import java.util.Arrays;

/**
 * The characters one coder coded with one code in one document: sorted, disjoint {@code [start, end)} stretches,
 * overlapping and touching codings joined (a character is coded or not, however many codings cover it).
 */
final class Stretches {
    static final Stretches NONE = new Stretches(new int[0], new int[0]);

    final int[] starts;
    final int[] ends;

    private Stretches(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Joins spans given as parallel arrays of starts and ends, in any order. */
    static Stretches join(int[] starts, int[] ends, int n) {
        if (n == 0) {
            return NONE;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (long) starts[i] << 32 | ends[i];
        }
        Arrays.sort(packed);
        int[] s = new int[n];
        int[] e = new int[n];
        int k = -1;
        for (long p : packed) {
            int start = (int) (p >>> 32);
            int end = (int) p;
            if (k >= 0 && start <= e[k]) {
                e[k] = Math.max(e[k], end);
            } else {
                k++;
                s[k] = start;
                e[k] = end;
            }
        }
        return new Stretches(Arrays.copyOf(s, k + 1), Arrays.copyOf(e, k + 1));
    }

    int size() {
        return starts.length;
    }

    long characters() {
        long n = 0;
        for (int i = 0; i < starts.length; i++) {
            n += ends[i] - starts[i];
        }
        return n;
    }

    /** Whether this equals {@code other} inside {@code [from, to)}. */
    boolean sameWithin(Stretches other, int from, int to) {
        return Arrays.equals(clip(from, to), other.clip(from, to));
    }

    /** The stretches cut to {@code [from, to)}, as start, end, start, end, … */
    int[] clip(int from, int to) {
        int[] out = new int[2 * starts.length];
        int k = 0;
        for (int i = 0; i < starts.length; i++) {
            int s = Math.max(from, starts[i]);
            int e = Math.min(to, ends[i]);
            if (s < e) {
                out[k++] = s;
                out[k++] = e;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
