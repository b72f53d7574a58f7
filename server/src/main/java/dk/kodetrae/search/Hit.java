package dk.kodetrae.search;

import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.corpus.Span;
import java.util.List;
import java.util.Map;

/**
 * One matching unit as a KWIC line. All spans are document offsets (UTF-16 code units, end exclusive).
 *
 * @param unitSeq  the matching sentence's or turn's seq in its document (with the document, it names the unit)
 * @param unitSpan the matching sentence or turn
 * @param matches  every match inside the unit; {@code hit} is the first of them
 * @param left     up to {@link Kwic#CONTEXT} characters of document text before the first match
 * @param right    the same after it; both are plain text, never markup
 */
public record Hit(long documentId, String documentName, Map<String, String> attributes, Unit unit,
                  int unitSeq, Span unitSpan, String speaker, SpeakerRole role, float score,
                  List<Span> matches, String left, String hit, String right) {
    public Hit {
        attributes = Map.copyOf(attributes);
        matches = List.copyOf(matches);
    }
}
