package dk.kodetrae.coding;

import dk.kodetrae.corpus.Span;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The length of a document's text and the offsets that fall inside a surrogate pair (an emoji, say): the only
 * facts a coding's span is checked against.
 */
record TextBounds(int length, int[] insidePairs) {
    static TextBounds of(String text) {
        int[] inside = IntStream.range(1, text.length())
                .filter(i -> Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1)))
                .toArray();
        return new TextBounds(text.length(), inside);
    }

    /** Refuses a span that is empty, not inside the text, or splits a character. */
    void check(Span span) {
        if (span.start() >= span.end() || span.end() > length) {
            throw CodingException.invalid("span [" + span.start() + ", " + span.end()
                    + ") is not inside the document (length " + length + ")");
        }
        if (splitsPair(span.start()) || splitsPair(span.end())) {
            throw CodingException.invalid("span [" + span.start() + ", " + span.end()
                    + ") splits a character (a surrogate pair such as an emoji)");
        }
    }

    private boolean splitsPair(int offset) {
        return Arrays.binarySearch(insidePairs, offset) >= 0;
    }
}
