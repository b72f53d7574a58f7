package dk.kodetrae.coding;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;

/** A coding write was refused (bad offsets, unknown code or document); nothing was changed. */
public final class CodingException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final boolean notFound;
    private final transient Message explanation;

    CodingException(Message explanation, boolean notFound) {
        super(explanation.text());
        this.notFound = notFound;
        this.explanation = explanation;
    }

    static CodingException invalid(String message) {
        return new CodingException(Message.of("coding.invalid", message), false);
    }

    static CodingException invalid(String code, String message, Object... namesAndValues) {
        return new CodingException(Message.of(code, message, namesAndValues), false);
    }

    static CodingException notFound(String message) {
        return new CodingException(Message.of("coding.notFound", message), true);
    }

    static CodingException notFound(String code, String message, Object... namesAndValues) {
        return new CodingException(Message.of(code, message, namesAndValues), true);
    }

    public boolean isNotFound() {
        return notFound;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
