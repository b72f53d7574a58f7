package dk.kodetrae.pseudonym;

/**
 * What the researcher decided for an original, everywhere in the project: replace it by {@code pseudonym}, or
 * leave it ({@code accepted} false: not personal data after all).
 */
public record Decision(String original, Kind kind, boolean accepted, String pseudonym) {
    public Decision {
        if (original == null || original.isBlank()) {
            throw new IllegalArgumentException("original: must not be blank");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind: give the kind of '" + original + "'");
        }
        if (accepted && (pseudonym == null || pseudonym.isBlank())) {
            throw new IllegalArgumentException("pseudonym: an accepted replacement of '" + original
                    + "' needs a pseudonym");
        }
        pseudonym = accepted ? pseudonym.strip() : null;
    }
}
