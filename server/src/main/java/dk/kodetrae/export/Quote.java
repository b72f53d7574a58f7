package dk.kodetrae.export;

import java.util.List;

/**
 * A quote ready to print: one coded passage, or several passages of one code in one document that overlap, merged
 * (see {@link Overlaps}).
 *
 * @param number      the quote's place in the export, from 1; the tabular formats name it on every row
 * @param excerpt     the passage printed: the only coding, or the union of the merged ones
 * @param codings     the coded passages the quote stands for, in export order; more than one when merged
 * @param text        normalised and possibly cut, see {@link QuoteText#of}
 * @param attribution rendered from the document's attributes; may be ""
 */
record Quote(int number, Excerpt excerpt, List<Excerpt> codings, String text, String attribution) {
    Quote {
        codings = List.copyOf(codings);
    }

    /** Whether any of its codings was made by a rule and nobody has reviewed it: the document formats say so. */
    boolean unreviewed() {
        return codings.stream().anyMatch(c -> c.provenance().unreviewed());
    }
}
