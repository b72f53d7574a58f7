package dk.kodetrae.codebook;

/**
 * A partial change to a code: {@code null} fields stay as they are. {@code parentId} uses 0 for "move to the top".
 */
public record CodeEdit(String name, String label, String color, String description, String include, String exclude,
                       String example, Long parentId, Integer position, Rule rule) {
    public static CodeEdit rename(String name) {
        return new CodeEdit(name, null, null, null, null, null, null, null, null, null);
    }

    public static CodeEdit recolour(String color) {
        return new CodeEdit(null, null, color, null, null, null, null, null, null, null);
    }

    public static CodeEdit move(long parentId, int position) {
        return new CodeEdit(null, null, null, null, null, null, null, parentId, position, null);
    }

    public static CodeEdit newRule(Rule rule) {
        return new CodeEdit(null, null, null, null, null, null, null, null, null, rule);
    }

    /** Whether the edit only moves the code (a new parent or place), for what the undo history calls it. */
    boolean movesOnly() {
        return (parentId != null || position != null) && name == null && label == null && color == null
                && description == null && include == null && exclude == null && example == null && rule == null;
    }
}
