package dk.kodetrae.history;

/** An undo or redo that cannot be done as it was recorded; nothing was changed. */
public final class UndoRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UndoRefusedException(String message) {
        super(message);
    }
}
