package dk.kodetrae.history;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;

/** An undo or redo that cannot be done as it was recorded; nothing was changed. */
public final class UndoRefusedException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;

    public UndoRefusedException(String message) {
        super(message);
    }

    @Override
    public Message explanation() {
        return Message.of("undo.refused", getMessage(), "message", getMessage());
    }
}
