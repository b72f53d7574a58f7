package dk.kodetrae.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Row images as JSON in the store, and their comparison. */
final class Images {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Images() {
    }

    /** Equal column for column; a number read as an int and the same number kept as a long are equal. */
    static boolean same(Map<String, Object> a, Map<String, Object> b) {
        return Objects.equals(write(a), write(b));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a row image is always serialisable", e);
        }
    }

    static List<Change> changes(String json) {
        return read(json, new TypeReference<>() { });
    }

    static About about(String json) {
        return read(json, new TypeReference<>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable undo history entry: " + json, e);
        }
    }
}
