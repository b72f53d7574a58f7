package dk.kodetrae.search;

/** A query the user wrote cannot be parsed; the message quotes it and says what is wrong. */
public final class QuerySyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
