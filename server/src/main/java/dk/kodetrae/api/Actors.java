package dk.kodetrae.api;

/** Who made a change, as the page names them; the change log needs a name for everything. */
final class Actors {
    static final String UNNAMED = "web";

    private Actors() {
    }

    static String or(String actor) {
        return actor == null || actor.isBlank() ? UNNAMED : actor.strip();
    }
}
