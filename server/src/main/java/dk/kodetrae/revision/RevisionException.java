package dk.kodetrae.revision;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;

/** An edit or a version was refused or not found; nothing was changed. */
public final class RevisionException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Message explanation;
    private final int status;

    private RevisionException(int status, Message explanation) {
        super(explanation.text());
        this.status = status;
        this.explanation = explanation;
    }

    static RevisionException invalid(String code, String text, Object... namesAndValues) {
        return new RevisionException(400, Message.of(code, text, namesAndValues));
    }

    static RevisionException notFound(String code, String text, Object... namesAndValues) {
        return new RevisionException(404, Message.of(code, text, namesAndValues));
    }

    static RevisionException conflict(String code, String text, Object... namesAndValues) {
        return new RevisionException(409, Message.of(code, text, namesAndValues));
    }

    /** The HTTP status that fits: 400 refused, 404 not found, 409 the document changed meanwhile. */
    public int status() {
        return status;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
