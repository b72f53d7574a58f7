package dk.kodetrae.coding;

import dk.kodetrae.corpus.Span;

/**
 * What an edit of its document's text did to one coding.
 *
 * @param before the coding's span in the text before the edit
 * @param after  its span in the text after, or {@code null} when every character of it was deleted
 */
public record Followed(long codingId, long codeId, Span before, Span after, Fate fate) {
    /** The four things an edit can do to a coding (docs/OFFSETS.md). */
    public enum Fate {
        /** Before every change: same offsets, same text. */
        KEPT,
        /** After a change: new offsets, same text. */
        MOVED,
        /** A change overlapped it: its span now covers the changed text, and it is flagged for review. */
        FLAGGED,
        /** Every character of it was deleted: the coding is removed, and the version keeps where it was. */
        REMOVED
    }
}
