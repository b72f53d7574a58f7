package dk.kodetrae.pseudonym;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;

/** A pseudonymisation request that cannot be done as asked; nothing was changed. */
public final class PseudonymException extends RuntimeException implements Explained {
    private final transient Message explanation;
    private final boolean conflict;

    private PseudonymException(Message explanation, boolean conflict) {
        super(explanation.text());
        this.explanation = explanation;
        this.conflict = conflict;
    }

    static PseudonymException conflict(String code, String text, Object... namesAndValues) {
        return new PseudonymException(Message.of(code, text, namesAndValues), true);
    }

    static PseudonymException badRequest(String code, String text, Object... namesAndValues) {
        return new PseudonymException(Message.of(code, text, namesAndValues), false);
    }

    /** Whether the request conflicts with the project's state (409) rather than being wrong in itself (400). */
    public boolean isConflict() {
        return conflict;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
