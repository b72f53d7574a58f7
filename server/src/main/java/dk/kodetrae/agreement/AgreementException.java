package dk.kodetrae.agreement;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;

/** An agreement request that cannot be answered (too few coders, an unknown code or document); nothing was computed. */
public final class AgreementException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Message explanation;

    private AgreementException(Message explanation) {
        super(explanation.text());
        this.explanation = explanation;
    }

    static AgreementException invalid(String code, String text, Object... namesAndValues) {
        return new AgreementException(Message.of(code, text, namesAndValues));
    }

    /** Something named does not exist; the code ends in {@code notFound}, which the API answers with 404. */
    static AgreementException notFound(String code, String text, Object... namesAndValues) {
        return new AgreementException(Message.of(code, text, namesAndValues));
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
