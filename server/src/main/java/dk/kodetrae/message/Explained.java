package dk.kodetrae.message;

/** An exception that says what went wrong as a {@link Message}, so that clients can show it in their language. */
public interface Explained {
    Message explanation();
}
