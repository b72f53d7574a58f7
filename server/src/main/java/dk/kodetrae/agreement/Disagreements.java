package dk.kodetrae.agreement;

import com.fasterxml.jackson.annotation.JsonValue;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.round.Round;
import java.util.List;
import java.util.Locale;

/**
 * Every passage where the coders differ on one code: a stretch of text that one or more of them coded with it (the
 * codings joined where they overlap or touch) and that the coders did not all code alike.
 *
 * @param code     the code's id
 * @param name     the code's name
 * @param coders   the coders compared, in the order of each passage's {@code coders}
 * @param passages in document order (as the project lists documents), then text order
 */
public record Disagreements(long code, String name, List<String> coders, List<Passage> passages) {
    /** Characters of text around a passage when none are asked for. */
    public static final int DEFAULT_CONTEXT = 80;

    /**
     * Which passages.
     *
     * @param code      the code's id
     * @param documents document ids; empty for every document
     * @param coders    two or more coders (a pair to see where those two differ)
     * @param codings   which codings count (see {@link dk.kodetrae.agreement.Request})
     * @param context   characters of text shown before and after each passage (0 to 1,000)
     */
    public record Request(long code, List<Long> documents, List<String> coders, CodingFilter codings, int context) {
        /** The request for a coding round: its documents and coders, or some of them ({@code coders}). */
        public static Request of(Round round, long code, List<String> coders, CodingFilter codings, int context) {
            return new Request(code, round.documentIds(), coders.isEmpty() ? round.coders() : coders, codings,
                    context);
        }

        public Request {
            documents = List.copyOf(documents);
            coders = Coders.check(coders);
            codings = codings == null ? CodingFilter.MANUAL : codings;
            if (context < 0 || context > 1000) {
                throw AgreementException.invalid("agreement.context", "context must be 0 to 1000 characters, got "
                        + context, "got", context);
            }
        }
    }

    /** A coder both left out and coded some of it ({@code presence}), or all coded it with other boundaries. */
    public enum Kind {
        PRESENCE, BOUNDARY;

        /** {@code presence} or {@code boundary}, in the API and the CLI alike. */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One passage.
     *
     * @param span   the passage: from the first coded character to the last, of any coder
     * @param coders per coder (in {@link Disagreements#coders} order) the codings of the code that lie in it; empty
     *               for a coder who did not code any of it
     * @param before up to the requested context of text before the passage
     * @param text   the passage's text
     * @param after  up to the requested context after it
     */
    public record Passage(long documentId, String document, Span span, Kind kind, List<CoderCodings> coders,
                          String before, String text, String after) {
    }

    /** One coder's codings in a passage. */
    public record CoderCodings(String coder, List<Coding> codings) {
    }

    /** A coding by its id (to open, take over or adjust) and its span. */
    public record Coding(long id, Span span) {
    }
}
