package dk.kodetrae.message;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A message for a person.
 *
 * @param code   stable, dotted, lower camel case (e.g. {@code query.unclosedQuote}); clients translate by it, so a
 *               code never changes meaning once released
 * @param params the values the message names, by name (strings and numbers), in a stable order
 * @param text   the message in English, for logs, the CLI and clients without a catalogue
 */
public record Message(String code, Map<String, Object> params, String text) {
    public Message {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A message whose parameters are given as name, value, name, value, …; null values are left out. */
    public static Message of(String code, String text, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters of '" + code + "' must come in name, value pairs");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                params.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new Message(code, params, text);
    }
}
