package dk.kodetrae.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** What a change-log entry of this package says, as JSON. */
final class Details {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Details() {
    }

    /** {@code fields} (names to numbers, text, booleans and lists) as a JSON object. */
    static String of(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values are always serialisable", e);
        }
    }
}
