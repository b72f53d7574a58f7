package dk.kodetrae.coding;

/**
 * Who is reading codings. While a coding round is open its coders work blind: each reader sees only their own
 * codings of the round's documents and codes (see {@link Visibility}). In team mode the reader is the signed-in
 * user; in personal mode the coder name the page sends.
 *
 * @param name the reader's coder name, or {@code null} for a reader without one (who sees no one's codings in an
 *             open round)
 */
public record Viewer(String name) {
    /** A reader without a coder name: the CLI, an export job, a page that names no coder. */
    public static final Viewer NOBODY = new Viewer(null);

    public Viewer {
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** A reader by coder name; blank gives {@link #NOBODY}. */
    public static Viewer named(String name) {
        return new Viewer(name);
    }
}
