package dk.kodetrae.coding;

import dk.kodetrae.corpus.Span;

/**
 * A coded passage.
 *
 * @param coder   who made it: the manual coder, who applied the rule, or the coder an imported file names
 * @param origin  where it came from: by hand, by a rule (which, as applied), or imported (from which tool)
 * @param review  what a reviewer decided (auto codings only)
 * @param created ISO-8601 instant
 */
public record Coding(long id, long documentId, long codeId, Span span, String coder, Origin origin, Review review,
                     String created) {
    public Coding {
        if ((origin instanceof Origin.Auto) == (review instanceof Review.NotNeeded)) {
            throw new IllegalArgumentException("auto codings, and only they, have a review state");
        }
    }

    /** Whether a reviewer rejected it (then it is hidden everywhere). */
    public boolean rejected() {
        return review instanceof Review.Rejected;
    }
}
