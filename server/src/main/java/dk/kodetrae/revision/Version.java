package dk.kodetrae.revision;

import dk.kodetrae.coding.Followed;
import java.util.List;

/**
 * A stored version of a document: the edit that made it, by whom and when.
 *
 * @param version  1 for the first edit (0 is the text as imported, which has no row)
 * @param edits    the replacements, with the text each removed, in offsets of the text before this version
 * @param codings  the codings this edit moved, flagged or removed
 */
public record Version(int version, String actor, String at, List<Change> edits, List<Followed> codings) {
    public Version {
        edits = List.copyOf(edits);
        codings = List.copyOf(codings);
    }

    /** One replacement of the diff: {@code [start, end)} held {@code removed} and now holds {@code inserted}. */
    public record Change(int start, int end, String removed, String inserted) {
    }
}
