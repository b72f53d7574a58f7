package dk.kodetrae.agreement;

import dk.kodetrae.corpus.Span;
import java.util.Arrays;
import java.util.List;

/** Counts a document's items into a {@link Tally} by which coders coded each, from the coders' {@link Stretches}. */
final class Sweep {
    private Sweep() {
    }

    /**
     * Characters: the text is cut at every boundary of every coder's stretches, and each piece between two cuts
     * adds its length under the coders that coded all of it (a piece is coded by a coder entirely or not at all).
     */
    static void characters(Stretches[] coders, int length, Tally into) {
        int[] cuts = cuts(coders, length);
        int[] at = new int[coders.length];
        for (int i = 0; i + 1 < cuts.length; i++) {
            int from = cuts[i];
            if (from < cuts[i + 1]) {
                into.add(maskAt(coders, at, from, from + 1), cuts[i + 1] - from);
            }
        }
    }

    /** Units (sentences or turns, in text order): a unit counts as coded by a coder who coded any of its characters. */
    static void units(Stretches[] coders, List<Span> units, Tally into) {
        int[] at = new int[coders.length];
        for (Span unit : units) {
            if (unit.length() > 0) {
                into.add(maskAt(coders, at, unit.start(), unit.end()), 1);
            }
        }
    }

    /**
     * The coders with a stretch overlapping {@code [from, to)}; {@code at} keeps each coder's first stretch that may
     * still overlap, so a pass over ranges in text order moves through each coder's stretches once.
     */
    private static int maskAt(Stretches[] coders, int[] at, int from, int to) {
        int mask = 0;
        for (int c = 0; c < coders.length; c++) {
            Stretches s = coders[c];
            while (at[c] < s.size() && s.ends[at[c]] <= from) {
                at[c]++;
            }
            if (at[c] < s.size() && s.starts[at[c]] < to) {
                mask |= 1 << c;
            }
        }
        return mask;
    }

    private static int[] cuts(Stretches[] coders, int length) {
        int n = 2;
        for (Stretches s : coders) {
            n += 2 * s.size();
        }
        int[] cuts = new int[n];
        int k = 0;
        cuts[k++] = 0;
        cuts[k++] = length;
        for (Stretches s : coders) {
            for (int i = 0; i < s.size(); i++) {
                cuts[k++] = s.starts[i];
                cuts[k++] = s.ends[i];
            }
        }
        Arrays.sort(cuts);
        return cuts;
    }
}
