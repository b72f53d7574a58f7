package dk.kodetrae.corpus;

/** A sentence unit; it always lies inside its turn. */
public record Sentence(long id, int seq, int turnSeq, Span span) {
}
