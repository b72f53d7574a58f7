package dk.kodetrae.team;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;
import java.io.Serial;

/** A change to projects or memberships refused; nothing was changed. Codes ending in {@code notFound} are 404s. */
public final class TeamException extends RuntimeException implements Explained {
    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean conflict;
    private final transient Message explanation;

    TeamException(boolean conflict, Message explanation) {
        super(explanation.text());
        this.conflict = conflict;
        this.explanation = explanation;
    }

    static TeamException invalid(String code, String text, Object... namesAndValues) {
        return new TeamException(false, Message.of(code, text, namesAndValues));
    }

    static TeamException conflict(String code, String text, Object... namesAndValues) {
        return new TeamException(true, Message.of(code, text, namesAndValues));
    }

    /** Whether the change conflicts with what there is (a name taken) rather than being malformed. */
    public boolean isConflict() {
        return conflict;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
