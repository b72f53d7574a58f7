package dk.kodetrae.coding;

import dk.kodetrae.corpus.Span;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** SQL for the coding table, shared by manual coding, undo and auto-coding. Only active codings are visible. */
final class CodingRows {
    static final String COLUMNS =
            "id, document_id, code_id, start_offset, end_offset, coder, origin, rule_query, rule_version, created";

    private CodingRows() {
    }

    static Coding read(ResultSet r) throws SQLException {
        int version = r.getInt(9);
        Integer ruleVersion = r.wasNull() ? null : version;
        return new Coding(r.getLong(1), r.getLong(2), r.getLong(3), new Span(r.getInt(4), r.getInt(5)),
                r.getString(6), Origin.of(r.getString(7)), r.getString(8), ruleVersion, r.getString(10));
    }

    static List<Coding> select(Connection c, String where, Object... args) throws SQLException {
        List<Coding> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM coding WHERE status = 'active' AND "
                + where)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(read(r));
                }
            }
        }
        return out;
    }

    static Optional<Coding> byId(Connection c, long id) throws SQLException {
        return select(c, "id = ?", id).stream().findFirst();
    }

    /** Inserts a coding; a coding with id 0 gets a new id, others (a redo) keep theirs. Returns the stored coding. */
    static Coding insert(Connection c, Coding k) throws SQLException {
        String sql = k.id() == 0
                ? "INSERT INTO coding(document_id, code_id, start_offset, end_offset, coder, origin, rule_query,"
                        + " rule_version, created) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"
                : "INSERT INTO coding(document_id, code_id, start_offset, end_offset, coder, origin, rule_query,"
                        + " rule_version, created, id) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, k.documentId());
            p.setLong(2, k.codeId());
            p.setInt(3, k.span().start());
            p.setInt(4, k.span().end());
            p.setString(5, k.coder());
            p.setString(6, k.origin().id());
            p.setString(7, k.ruleQuery());
            p.setObject(8, k.ruleVersion());
            p.setString(9, k.created());
            if (k.id() != 0) {
                p.setLong(10, k.id());
            }
            return new Coding(Store.insertedId(p), k.documentId(), k.codeId(), k.span(), k.coder(), k.origin(),
                    k.ruleQuery(), k.ruleVersion(), k.created());
        }
    }

    static int delete(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM coding WHERE id = ?")) {
            p.setLong(1, id);
            return p.executeUpdate();
        }
    }

    static int deleteAll(Connection c, Collection<Long> ids) throws SQLException {
        int n = 0;
        try (PreparedStatement p = c.prepareStatement("DELETE FROM coding WHERE id = ?")) {
            for (long id : ids) {
                p.setLong(1, id);
                n += p.executeUpdate();
            }
        }
        return n;
    }

    static void setSpan(Connection c, long id, Span span) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE coding SET start_offset = ?, end_offset = ? WHERE id = ?")) {
            p.setInt(1, span.start());
            p.setInt(2, span.end());
            p.setLong(3, id);
            p.executeUpdate();
        }
    }
}
