package dk.kodetrae.corpus;

/** A sentence unit; it always lies inside its turn. {@code seq} numbers the document's sentences from 0. */
public record Sentence(int seq, int turnSeq, Span span) {
}
