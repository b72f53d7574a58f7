package dk.kodetrae.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A checked set of {@link Replacement}s of one text: inside it, in order, not overlapping, never splitting a
 * surrogate pair. It says where every offset of the text before lands in the text after, and which spans it touched.
 *
 * <p>The rule for spans (docs/OFFSETS.md): a replacement that ends at or before a span's start moves the span by its
 * change in length (an insertion exactly at the start is before the span); one that starts at or after the span's
 * end leaves it (an insertion exactly at the end is after it). Any other replacement touches the span: the span then
 * stretches to cover the whole replacement text where it overlaps it, and shrinks where text was deleted. A span
 * whose every character was deleted has no place left: {@link #map} answers empty.
 */
public final class TextEdit {
    private final List<Replacement> replacements;

    private TextEdit(List<Replacement> replacements) {
        this.replacements = List.copyOf(replacements);
    }

    /**
     * Checks {@code replacements} against {@code before}.
     *
     * @throws IllegalArgumentException naming the replacement and the problem
     */
    public static TextEdit of(String before, List<Replacement> replacements) {
        if (replacements.isEmpty()) {
            throw new IllegalArgumentException("an edit needs at least one replacement");
        }
        List<Replacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(Replacement::start).thenComparingInt(Replacement::end));
        int previousEnd = -1;
        for (Replacement r : sorted) {
            check(before, r);
            if (r.start() < previousEnd || r.start() == previousEnd && r.start() == r.end()) {
                throw new IllegalArgumentException("replacement [" + r.start() + ", " + r.end()
                        + ") overlaps another one (or inserts where another one also changes the text)");
            }
            previousEnd = r.end();
        }
        return new TextEdit(sorted);
    }

    private static void check(String before, Replacement r) {
        if (r.start() < 0 || r.end() < r.start() || r.end() > before.length()) {
            throw new IllegalArgumentException("replacement [" + r.start() + ", " + r.end()
                    + ") is not inside the text (length " + before.length() + ")");
        }
        if (splitsPair(before, r.start()) || splitsPair(before, r.end())) {
            throw new IllegalArgumentException("replacement [" + r.start() + ", " + r.end()
                    + ") splits a character (a surrogate pair such as an emoji)");
        }
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    /** The replacements, in text order. */
    public List<Replacement> replacements() {
        return replacements;
    }

    /** The text after the edit. */
    public String apply(String before) {
        StringBuilder out = new StringBuilder(before.length() + 64);
        int at = 0;
        for (Replacement r : replacements) {
            out.append(before, at, r.start()).append(r.text());
            at = r.end();
        }
        return out.append(before, at, before.length()).toString();
    }

    /** Where {@code span} of the text before lies in the text after; empty when all its characters were deleted. */
    public Optional<Mapped> map(Span span) {
        int shift = 0;
        int start = -1;
        int end = -1;
        boolean touched = false;
        for (Replacement r : replacements) {
            if (r.start() >= span.end()) {
                break;
            }
            if (r.end() > span.start()) {
                touched = true;
                int replacedFrom = r.start() + shift;
                if (r.start() <= span.start()) {
                    start = replacedFrom;
                }
                if (r.end() >= span.end()) {
                    end = replacedFrom + r.text().length();
                }
            }
            shift += r.delta();
        }
        int from = start >= 0 ? start : span.start() + shiftBefore(span.start());
        int to = end >= 0 ? end : span.end() + shift;
        return from < to ? Optional.of(new Mapped(new Span(from, to), touched)) : Optional.empty();
    }

    /** The change in length made by the replacements that lie wholly before {@code offset}. */
    private int shiftBefore(int offset) {
        int shift = 0;
        for (Replacement r : replacements) {
            if (r.end() > offset) {
                break;
            }
            shift += r.delta();
        }
        return shift;
    }

    /** A span after the edit, and whether a replacement touched it (its text may differ from before). */
    public record Mapped(Span span, boolean touched) {
    }
}
