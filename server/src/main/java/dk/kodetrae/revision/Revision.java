package dk.kodetrae.revision;

import dk.kodetrae.coding.Followed;
import java.util.List;

/**
 * One edit as stored: the document's new version and what happened to each of its codings.
 *
 * @param length  the length of the text after the edit, in UTF-16 code units
 * @param codings every coding of the document, in text order before the edit, with its fate
 */
public record Revision(long documentId, int version, int length, List<Followed> codings) {
    public Revision {
        codings = List.copyOf(codings);
    }

    /** How many codings met {@code fate}. */
    public long count(Followed.Fate fate) {
        return codings.stream().filter(f -> f.fate() == fate).count();
    }
}
