package dk.kodetrae.store;

/** A write was refused because the store's writer did not take it up in time; nothing of it was saved. */
public final class StoreBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreBusyException(String message) {
        super(message);
    }
}
