package dk.kodetrae.round;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the round tables (schema V9). */
final class RoundRows {
    private static final String COLUMNS = "id, name, codebook_id, show_auto, consensus_coder, opened_by, opened_at,"
            + " closed_by, closed_at";

    private RoundRows() {
    }

    static List<Round> all(Connection c) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM coding_round ORDER BY id DESC");
    }

    static Optional<Round> byId(Connection c, long id) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM coding_round WHERE id = ?", id).stream().findFirst();
    }

    private static List<Round> select(Connection c, String sql, Object... args) throws SQLException {
        List<Round> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    out.add(new Round(id, r.getString(2), r.getString(3),
                            longs(c, "SELECT code_id FROM coding_round_code WHERE round_id = ? ORDER BY code_id", id),
                            longs(c, "SELECT document_id FROM coding_round_document WHERE round_id = ?"
                                    + " ORDER BY document_id", id),
                            coders(c, id), r.getInt(4) == 1, r.getString(5), r.getString(6), r.getString(7),
                            r.getString(8), r.getString(9)));
                }
            }
        }
        return out;
    }

    private static List<Long> longs(Connection c, String sql, long round) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, round);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    private static List<String> coders(Connection c, long round) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT coder FROM coding_round_coder WHERE round_id = ? ORDER BY coder")) {
            p.setLong(1, round);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /** Inserts one row {@code (round, value)} per value with {@code sql}. */
    static void insertAll(Connection c, String sql, long round, List<?> values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (Object v : values) {
                p.setLong(1, round);
                p.setObject(2, v);
                p.executeUpdate();
            }
        }
    }
}
