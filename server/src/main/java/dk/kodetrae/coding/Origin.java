package dk.kodetrae.coding;

/**
 * Where a coding came from. Who made it is the coding's {@link Coding#coder()}: the person who coded it by hand, who
 * applied the rule, or the coder the imported file names. Whether anyone reviewed it is a separate fact,
 * {@link Review}.
 */
public sealed interface Origin {
    /** Coded by hand in Kodetræ. */
    record Manual() implements Origin {
    }

    /**
     * Coded by a code's auto-coding rule.
     *
     * @param rule    the rule text as it was applied
     * @param version the rule's version then (it goes up each time the rule changes)
     */
    record Auto(String rule, int version) implements Origin {
        public Auto {
            if (rule == null) {
                throw new IllegalArgumentException("an auto coding names its rule");
            }
        }
    }

    /**
     * Read from another tool's project file (e.g. a REFI-QDA export).
     *
     * @param tool the tool it was coded in, e.g. "NVivo"; shown as "imported from NVivo"
     */
    record Imported(String tool) implements Origin {
        public Imported {
            if (tool == null || tool.isBlank()) {
                throw new IllegalArgumentException("an imported coding names the tool it came from");
            }
        }
    }

    Origin MANUAL = new Manual();

    /** The name in the store and the API: {@code manual}, {@code auto} or {@code imported}. */
    default String id() {
        return switch (this) {
            case Manual m -> "manual";
            case Auto a -> "auto";
            case Imported i -> "imported";
        };
    }
}
