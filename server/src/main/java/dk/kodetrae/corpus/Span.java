package dk.kodetrae.corpus;

/** A range of a document's text: UTF-16 code-unit offsets, {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public Span shift(int by) {
        return new Span(start + by, end + by);
    }
}
