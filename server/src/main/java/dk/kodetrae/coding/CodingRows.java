package dk.kodetrae.coding;

import dk.kodetrae.corpus.Span;
import dk.kodetrae.history.RowWriter;
import dk.kodetrae.store.RowImage;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL for the coding table. This package is the only writer of coding rows; every write here is named to the undo
 * history by its caller. Selects see what is not rejected unless they ask otherwise.
 */
final class CodingRows {
    static final String TABLE = "coding";
    static final String COLUMNS = "id, document_id, code_id, start_offset, end_offset, coder, origin, rule_query,"
            + " rule_version, source, review, reviewer, reviewed_at, created";

    /** Writes coding rows back for the undo history. */
    static final RowWriter WRITER = (c, id, now, to) -> RowImage.restore(c, TABLE, id, now, to);

    private CodingRows() {
    }

    static Coding read(ResultSet r) throws SQLException {
        return new Coding(r.getLong(1), r.getLong(2), r.getLong(3), new Span(r.getInt(4), r.getInt(5)),
                r.getString(6), origin(r), review(r), r.getString(14));
    }

    private static Origin origin(ResultSet r) throws SQLException {
        return switch (r.getString(7)) {
            case "auto" -> new Origin.Auto(r.getString(8), r.getInt(9));
            case "imported" -> new Origin.Imported(r.getString(10));
            default -> Origin.MANUAL;
        };
    }

    private static Review review(ResultSet r) throws SQLException {
        return switch (r.getString(11)) {
            case "unreviewed" -> Review.UNREVIEWED;
            case "accepted" -> new Review.Accepted(r.getString(12), r.getString(13));
            case "rejected" -> new Review.Rejected(r.getString(12), r.getString(13));
            default -> Review.NOT_NEEDED;
        };
    }

    /** The codings that are not rejected and meet {@code where}. */
    static List<Coding> select(Connection c, String where, Object... args) throws SQLException {
        return selectAll(c, CodingFilter.ALL.where() + " AND " + where, args);
    }

    /** The codings that meet {@code where}, rejected ones included. */
    static List<Coding> selectAll(Connection c, String where, Object... args) throws SQLException {
        List<Coding> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM coding WHERE " + where)) {
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

    /** Inserts a coding under a new id; returns the stored coding. */
    static Coding insert(Connection c, Coding k) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO coding(document_id, code_id, start_offset,"
                + " end_offset, coder, origin, rule_query, rule_version, source, review, reviewer, reviewed_at,"
                + " created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")) {
            p.setLong(1, k.documentId());
            p.setLong(2, k.codeId());
            p.setInt(3, k.span().start());
            p.setInt(4, k.span().end());
            p.setString(5, k.coder());
            p.setString(6, k.origin().id());
            p.setString(7, k.origin() instanceof Origin.Auto a ? a.rule() : null);
            p.setObject(8, k.origin() instanceof Origin.Auto a ? a.version() : null);
            p.setString(9, k.origin() instanceof Origin.Imported i ? i.tool() : null);
            p.setString(10, k.review().state());
            p.setString(11, k.review().reviewer());
            p.setString(12, k.review().reviewedAt());
            p.setString(13, k.created());
            return new Coding(Store.insertedId(p), k.documentId(), k.codeId(), k.span(), k.coder(), k.origin(),
                    k.review(), k.created());
        }
    }

    static void delete(Connection c, long id) throws SQLException {
        RowImage.delete(c, TABLE, id);
    }

    /** Gives a coding the stable UUID it had in the file it was imported from (schema V7). */
    static void setGuid(Connection c, long id, String guid) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE coding SET guid = ? WHERE id = ?")) {
            p.setString(1, guid);
            p.setLong(2, id);
            p.executeUpdate();
        }
    }

    /** Sets a coding's span; a coder's adjustment also settles a flag an edit of the text left (schema V11). */
    static void setSpan(Connection c, long id, Span span) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE coding SET start_offset = ?, end_offset = ?, edited_in = NULL WHERE id = ?")) {
            p.setInt(1, span.start());
            p.setInt(2, span.end());
            p.setLong(3, id);
            p.executeUpdate();
        }
    }

    /**
     * Moves a coding with an edit of its document's text: its new span, and the version of the edit when that
     * touched its text ({@code null} keeps any flag it had).
     */
    static void follow(Connection c, long id, Span span, Integer editedIn) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE coding SET start_offset = ?, end_offset = ?,"
                + " edited_in = COALESCE(?, edited_in) WHERE id = ?")) {
            p.setInt(1, span.start());
            p.setInt(2, span.end());
            p.setObject(3, editedIn);
            p.setLong(4, id);
            p.executeUpdate();
        }
    }

    /** Clears the flag an edit of the text left on a coding. */
    static void confirm(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE coding SET edited_in = NULL WHERE id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    /** The codings of a document an edit flagged, with the version that flagged each. */
    static java.util.Map<Long, Integer> flagged(Connection c, long documentId) throws SQLException {
        java.util.Map<Long, Integer> out = new java.util.TreeMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, edited_in FROM coding WHERE document_id = ? AND edited_in IS NOT NULL")) {
            p.setLong(1, documentId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getInt(2));
                }
            }
        }
        return out;
    }

    static void setReview(Connection c, long id, Review review) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE coding SET review = ?, reviewer = ?, reviewed_at = ? WHERE id = ?")) {
            p.setString(1, review.state());
            p.setString(2, review.reviewer());
            p.setString(3, review.reviewedAt());
            p.setLong(4, id);
            p.executeUpdate();
        }
    }

    static void setCode(Connection c, long id, long codeId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE coding SET code_id = ? WHERE id = ?")) {
            p.setLong(1, codeId);
            p.setLong(2, id);
            p.executeUpdate();
        }
    }

    static void setRule(Connection c, long id, Origin.Auto rule) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE coding SET rule_query = ?, rule_version = ? WHERE id = ?")) {
            p.setString(1, rule.rule());
            p.setInt(2, rule.version());
            p.setLong(3, id);
            p.executeUpdate();
        }
    }
}
