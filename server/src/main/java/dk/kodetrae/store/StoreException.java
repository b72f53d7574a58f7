package dk.kodetrae.store;

/** A store operation failed; the message names the database file and the cause. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
