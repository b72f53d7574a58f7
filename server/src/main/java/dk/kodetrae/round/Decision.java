package dk.kodetrae.round;

import dk.kodetrae.corpus.Span;

/**
 * How a researcher resolved one disagreement of a round.
 *
 * @param kind      take one coder's coding, adjust the passage, or drop it
 * @param takenFrom for {@link Kind#TAKE}, whose coding was taken; otherwise {@code null}
 * @param span      the consensus passage (for a drop, the passage dropped)
 * @param codingId  the consensus coder's coding it wrote, or {@code null} for a drop
 */
public record Decision(long id, long roundId, long documentId, long codeId, Kind kind, String takenFrom, Span span,
                       Long codingId, String decidedBy, String decidedAt) {
    /** The three ways to resolve a disagreement. */
    public enum Kind {
        TAKE, ADJUST, DROP;

        /** {@code take}, {@code adjust} or {@code drop}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** @throws RoundException {@code consensus.decision} when it is none of the three */
        static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return k;
                }
            }
            throw RoundException.invalid("consensus.decision", "decision must be take, adjust or drop, got '" + id
                    + "'", "got", String.valueOf(id));
        }
    }
}
