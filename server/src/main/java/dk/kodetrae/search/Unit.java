package dk.kodetrae.search;

import dk.kodetrae.message.InvalidInput;
import java.util.Locale;

/** The text unit a search or an auto-coding rule works on. */
public enum Unit {
    SENTENCE, TURN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Unit of(String id) {
        for (Unit u : values()) {
            if (u.id().equals(id.toLowerCase(Locale.ROOT))) {
                return u;
            }
        }
        throw new InvalidInput("unit.unknown", "unknown unit '" + id + "' (use sentence or turn)", "got", id);
    }
}
