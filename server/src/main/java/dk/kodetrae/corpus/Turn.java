package dk.kodetrae.corpus;

import java.util.List;
import java.util.Optional;

/**
 * A speaker turn. {@code span} covers the spoken text only, not the speaker tag or timestamp.
 *
 * @param seq  numbers the document's turns from 0; with the document it identifies the turn
 * @param line the 1-based line of the source file where the turn starts
 */
public record Turn(int seq, String speaker, SpeakerRole role, String timestamp, int line, Span span) {
    /** The turn whose text contains {@code offset}, from turns in document order. */
    public static Optional<Turn> containing(List<Turn> turns, int offset) {
        int lo = 0;
        int hi = turns.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = turns.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(turns.get(mid));
            }
        }
        return Optional.empty();
    }
}
