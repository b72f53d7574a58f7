package dk.kodetrae.codebook;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;

/** No code or codebook with the given id. */
public final class CodeNotFoundException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Message explanation;

    CodeNotFoundException(String code, String message, Object... namesAndValues) {
        super(message);
        this.explanation = Message.of(code, message, namesAndValues);
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
