package dk.kodetrae.coding;

import java.util.Locale;

/** How a coding came about: by a person, or by a code's auto-coding rule. */
public enum Origin {
    MANUAL, AUTO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Origin of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
