package dk.kodetrae.pseudonym;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a candidate for replacement is; each kind has its own default pseudonym. */
public enum Kind {
    CPR("CPR-nummer"),
    PHONE("telefonnummer"),
    EMAIL("e-mail"),
    ADDRESS("adresse"),
    PERSON("Person"),
    WORKPLACE("Arbejdsplads"),
    PLACE("Sted");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The default pseudonym for the {@code n}th (from 0) original of this kind: "[Person A]", "[CPR-nummer 1]". */
    String defaultPseudonym(int n) {
        return switch (this) {
            case PERSON, WORKPLACE, PLACE -> "[" + label + " " + letters(n) + "]";
            default -> "[" + label + " " + (n + 1) + "]";
        };
    }

    /** A, B, … Z, AA, AB, …: as many people as a study has. */
    private static String letters(int n) {
        String prefix = n >= 26 ? letters(n / 26 - 1) : "";
        return prefix + (char) ('A' + n % 26);
    }

    /** The kind named in lower case in the API, the CLI and the key file ({@code person}, {@code cpr}…). */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws PseudonymException naming the kinds when {@code key} is none of them
     */
    @JsonCreator
    public static Kind of(String key) {
        for (Kind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw PseudonymException.badRequest("pseudonym.badKind", "kind must be person, workplace, place, cpr, phone,"
                + " email or address, got '" + key + "'", "got", key);
    }
}
