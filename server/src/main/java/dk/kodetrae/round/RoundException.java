package dk.kodetrae.round;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;

/** A round or consensus request was refused; nothing was changed. Codes ending in {@code notFound} mean 404. */
public final class RoundException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Message explanation;

    RoundException(Message explanation) {
        super(explanation.text());
        this.explanation = explanation;
    }

    static RoundException invalid(String code, String message, Object... namesAndValues) {
        return new RoundException(Message.of(code, message, namesAndValues));
    }

    static RoundException notFound(long id) {
        return new RoundException(Message.of("round.notFound", "no coding round with id " + id, "id", id));
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
