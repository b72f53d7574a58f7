package dk.kodetrae.account;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;
import java.io.Serial;
import java.time.Duration;

/** An account operation or a login refused; nothing was changed. {@link #kind()} tells the API its status. */
public final class AccountException extends RuntimeException implements Explained {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why: bad input, an unknown account, a name taken, a wrong name or password, or too many failures. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, REFUSED, BACK_OFF }

    private final Kind kind;
    private final transient Message explanation;
    private final Duration retryAfter;

    AccountException(Kind kind, Message explanation) {
        this(kind, explanation, Duration.ZERO);
    }

    AccountException(Kind kind, Message explanation, Duration retryAfter) {
        super(explanation.text());
        this.kind = kind;
        this.explanation = explanation;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#BACK_OFF}: how long until the next attempt is taken. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
