package dk.kodetrae.pseudonym;

/**
 * One occurrence of possible personal data, in context, with what would replace it.
 *
 * @param start      UTF-16 offset into the document's stored text (docs/OFFSETS.md)
 * @param end        exclusive
 * @param before     up to {@value Candidates#CONTEXT} characters of text before it
 * @param after      up to as many after it
 * @param source     {@code pattern}, {@code model} (the name finder), {@code list} (the project's names) or
 *                   {@code key} (an original already decided elsewhere in the project)
 * @param status     {@code open} (not decided yet), {@code accepted} or {@code rejected}
 * @param pseudonym  the decided pseudonym, or for an open one the proposal; null when rejected
 */
public record Candidate(long documentId, String documentName, int start, int end, String original, Kind kind,
                        String source, String before, String after, String status, String pseudonym) {
}
