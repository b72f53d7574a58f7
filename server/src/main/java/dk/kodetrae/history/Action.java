package dk.kodetrae.history;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of coder action the undo history records; {@link #id()} is the name in the API. */
public enum Action {
    ADD, REMOVE, ADJUST, ACCEPT, REJECT, ACCEPT_ALL, REJECT_ALL, AUTOCODE,
    CODE_ADD, CODE_EDIT, CODE_MOVE, CODE_MERGE, CODE_DELETE, CONSENSUS;

    /** {@code add}, {@code accept-all}, {@code code-merge} … */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Action of(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown action in the undo history: " + id));
    }
}
