package dk.kodetrae.search;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;

/**
 * A query the user wrote cannot be parsed. The message quotes it and says in plain words what is wrong and at which
 * character (1-based position in the query); {@link #explanation()} carries the same as a code and parameters.
 */
public final class QuerySyntaxException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Message explanation;

    QuerySyntaxException(Message explanation, Throwable cause) {
        super(explanation.text(), cause);
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
