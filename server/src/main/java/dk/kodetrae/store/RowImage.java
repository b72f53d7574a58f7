package dk.kodetrae.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table row as {column: value}, keyed by its {@code id} column: what the undo history keeps of the rows an action
 * changed, and how the package that owns a table writes one back. All columns, so a column a later migration adds
 * is kept too. Callers name their own table; this class never decides which.
 */
public final class RowImage {
    private RowImage() {
    }

    /** The row {@code id} of {@code table} as it is now, or empty when there is none. */
    public static Optional<Map<String, Object>> read(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                ResultSetMetaData m = r.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    row.put(m.getColumnName(i), r.getObject(i));
                }
                return Optional.of(row);
            }
        }
    }

    /**
     * Makes the row {@code id} equal {@code to}: inserts it when {@code now} (the row as it is) is null, deletes it
     * when {@code to} is null, sets every column otherwise.
     */
    public static void restore(Connection c, String table, long id, Map<String, Object> now, Map<String, Object> to)
            throws SQLException {
        if (now == null) {
            insert(c, table, to);
        } else if (to == null) {
            delete(c, table, id);
        } else {
            update(c, table, to);
        }
    }

    /** Inserts {@code row} as it is, its id included. */
    public static void insert(Connection c, String table, Map<String, Object> row) throws SQLException {
        List<String> columns = new ArrayList<>(row.keySet());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + "(" + String.join(", ", columns)
                + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")")) {
            bind(p, columns, row, 1);
            p.executeUpdate();
        }
    }

    /** Sets every column of the row with {@code row}'s id to {@code row}'s values. */
    public static void update(Connection c, String table, Map<String, Object> row) throws SQLException {
        List<String> columns = new ArrayList<>(row.keySet());
        columns.remove("id");
        try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET "
                + String.join(", ", columns.stream().map(k -> k + " = ?").toList()) + " WHERE id = ?")) {
            bind(p, columns, row, 1);
            p.setObject(columns.size() + 1, row.get("id"));
            p.executeUpdate();
        }
    }

    /** Deletes the row {@code id}. */
    public static void delete(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    private static void bind(PreparedStatement p, List<String> columns, Map<String, Object> row, int first)
            throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            p.setObject(first + i, row.get(columns.get(i)));
        }
    }
}
