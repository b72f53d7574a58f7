package dk.kodetrae.pseudonym;

/** A name the researcher put on the project's list, found wherever it occurs as a whole word. */
public record ListedName(String name, Kind kind) {
    public ListedName {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a listed name must not be blank");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind: give the kind of the name '" + name.strip()
                    + "' (person, workplace or place)");
        }
        name = name.strip();
    }
}
