package dk.kodetrae.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The figures of one code (or of all codes pooled) on one kind of unit.
 *
 * @param units   the items behind the figures: characters, sentences or turns (pooled: items times codes)
 * @param coders  the number of coders
 * @param percent mean agreement of all pairs of coders over the items (plain percent agreement for two coders), as
 *                a fraction; {@code null} when there are no items
 * @param cohen   Cohen's κ of the two coders; {@code null} unless there are exactly two (see {@code pairs})
 * @param pairs   percent agreement and Cohen's κ of every pair of coders
 * @param fleiss  Fleiss' κ; {@code null} for fewer than three coders
 * @param alpha   Krippendorff's α (nominal)
 * @param alphaU  Krippendorff's unitizing α on the text, whatever the unit of the other figures
 */
public record Figures(long units, int coders, Double percent, Coefficient cohen, List<Pair> pairs, Coefficient fleiss,
                      Coefficient alpha, Coefficient alphaU) {
    /** Two coders' agreement: percent (a fraction) and Cohen's κ. */
    public record Pair(String a, String b, Double percent, Coefficient kappa) {
    }

    /** Computed by counting (see {@link Counted}). */
    static Figures of(Tally t, List<String> coders, Coefficient alphaU) {
        if (t.items() == 0) {
            return none(t, coders, alphaU);
        }
        List<Pair> pairs = pairs(coders, (a, b) -> Counted.cohen(t, a, b));
        return new Figures(t.items(), coders.size(), Counted.observed(t), pairs.size() == 1 ? pairs.getFirst().kappa()
                : null, pairs, coders.size() >= 3 ? Counted.fleiss(t) : null, Counted.alpha(t), alphaU);
    }

    private static List<Pair> pairs(List<String> coders, BiFunction<Integer, Integer, Coefficient> kappa) {
        List<Pair> out = new ArrayList<>();
        for (int a = 0; a < coders.size(); a++) {
            for (int b = a + 1; b < coders.size(); b++) {
                Coefficient k = kappa.apply(a, b);
                out.add(new Pair(coders.get(a), coders.get(b), k.observed(), k));
            }
        }
        return out;
    }

    private static Figures none(Tally t, List<String> coders, Coefficient alphaU) {
        return new Figures(t.items(), coders.size(), null, null, List.of(), null, null, alphaU);
    }
}
