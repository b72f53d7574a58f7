package dk.kodetrae.agreement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What one item of the agreement is: a character of the text, a sentence unit or a speaker turn. */
public enum Unit {
    CHARACTERS, SENTENCES, TURNS;

    /** The name in the API and the CLI: {@code characters}, {@code sentences} or {@code turns}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #id()}; {@code null} or blank gives {@link #CHARACTERS}. */
    public static Unit of(String id) {
        if (id == null || id.isBlank()) {
            return CHARACTERS;
        }
        return Arrays.stream(values()).filter(u -> u.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> AgreementException.invalid("agreement.unit", "unit must be one of "
                        + Arrays.stream(values()).map(Unit::id).collect(Collectors.joining(", ")) + ", got '" + id
                        + "'", "got", id));
    }
}
