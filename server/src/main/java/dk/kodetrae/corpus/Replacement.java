package dk.kodetrae.corpus;

/**
 * One change to a document's text: the range {@code [start, end)} of the text before the edit (UTF-16 code units,
 * end exclusive) becomes {@code text}. An insertion has {@code start == end}; a deletion has an empty {@code text}.
 */
public record Replacement(int start, int end, String text) {
    public Replacement {
        if (text == null) {
            throw new IllegalArgumentException("a replacement needs a text (empty to delete)");
        }
    }

    /** How much longer the text is after this replacement (negative when shorter). */
    int delta() {
        return text.length() - (end - start);
    }
}
