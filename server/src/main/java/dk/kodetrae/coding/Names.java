package dk.kodetrae.coding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The names of codes and documents, for what the undo history says a step was about. */
final class Names {
    private Names() {
    }

    static String code(Connection c, long id) throws SQLException {
        return name(c, "SELECT name FROM code WHERE id = ?", id);
    }

    static String document(Connection c, long id) throws SQLException {
        return name(c, "SELECT name FROM document WHERE id = ?", id);
    }

    private static String name(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
