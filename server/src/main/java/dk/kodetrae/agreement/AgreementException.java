package dk.kodetrae.agreement;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;

/** An agreement request that cannot be answered (too few coders, an unknown code or document); nothing was computed. */
public final class AgreementException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Message explanation;
    private final boolean conflict;

    private AgreementException(Message explanation, boolean conflict) {
        super(explanation.text());
        this.explanation = explanation;
        this.conflict = conflict;
    }

    static AgreementException invalid(String code, String text, Object... namesAndValues) {
        return new AgreementException(Message.of(code, text, namesAndValues), false);
    }

    /** The request is well formed but the project's state forbids it now (an open round is blind). */
    static AgreementException conflict(String code, String text, Object... namesAndValues) {
        return new AgreementException(Message.of(code, text, namesAndValues), true);
    }

    public boolean isConflict() {
        return conflict;
    }

    /** Something named does not exist; the code ends in {@code notFound}, which the API answers with 404. */
    static AgreementException notFound(String code, String text, Object... namesAndValues) {
        return new AgreementException(Message.of(code, text, namesAndValues), false);
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
