package dk.kodetrae.history;

import java.util.Map;

/** One row a step changed: its image before and after, {@code null} where the row did not exist. */
record Change(String table, long id, Map<String, Object> before, Map<String, Object> after) {
}
