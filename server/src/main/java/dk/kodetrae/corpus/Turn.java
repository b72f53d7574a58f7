package dk.kodetrae.corpus;

/**
 * A speaker turn. {@code span} covers the spoken text only, not the speaker tag or timestamp.
 *
 * @param line the 1-based line of the source file where the turn starts
 */
public record Turn(long id, int seq, String speaker, SpeakerRole role, String timestamp, int line, Span span) {
}
