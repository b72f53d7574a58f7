package dk.kodetrae.coding;

/** A coding write was refused (bad offsets, unknown code or document); nothing was changed. */
public final class CodingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean notFound;

    CodingException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    static CodingException invalid(String message) {
        return new CodingException(message, false);
    }

    static CodingException notFound(String message) {
        return new CodingException(message, true);
    }

    public boolean isNotFound() {
        return notFound;
    }
}
