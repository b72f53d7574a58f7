package dk.kodetrae.memo;

import dk.kodetrae.message.InvalidInput;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Memos on codes and documents. Writes are durable when they return. */
public final class Memos {
    private final Store store;

    public Memos(Store store) {
        this.store = store;
    }

    public List<Memo> on(String targetType, long targetId) {
        checkType(targetType);
        return store.read(c -> {
            List<Memo> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, target_type, target_id, author, text, created,"
                    + " updated FROM memo WHERE target_type = ? AND target_id = ? ORDER BY id")) {
                p.setString(1, targetType);
                p.setLong(2, targetId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(memo(r));
                    }
                }
            }
            return out;
        });
    }

    public Memo add(String targetType, long targetId, String author, String text) {
        return store.write(c -> insert(c, targetType, targetId, author, text, null));
    }

    /**
     * Adds a memo inside the caller's write transaction (see {@link Store#write}), for an import that must be all
     * or nothing as a whole.
     *
     * @param guid the memo's stable UUID, or null for a new one
     */
    public Memo insert(Connection c, String targetType, long targetId, String author, String text, String guid)
            throws SQLException {
        checkType(targetType);
        checkText(author, text);
        String now = store.clock().instant().toString();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO memo(target_type, target_id, author, text,"
                + " created, updated, guid) VALUES (?,?,?,?,?,?,?) RETURNING id")) {
            p.setString(1, targetType);
            p.setLong(2, targetId);
            p.setString(3, author);
            p.setString(4, text);
            p.setString(5, now);
            p.setString(6, now);
            p.setString(7, guid);
            long id = Store.insertedId(p);
            store.logChange(c, new Change(author, "add", "memo", Long.toString(id), targetType + " " + targetId));
            return new Memo(id, targetType, targetId, author, text, now, now);
        }
    }

    /** Every memo of the project with its stable UUID, oldest first. */
    public List<Guided> all() {
        return store.read(c -> {
            List<Guided> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, target_type, target_id,"
                    + " author, text, created, updated, guid FROM memo ORDER BY id")) {
                while (r.next()) {
                    out.add(new Guided(memo(r), r.getString(8)));
                }
            }
            return out;
        });
    }

    /** A memo with its stable UUID. */
    public record Guided(Memo memo, String guid) {
    }

    /** The memo {@code id}, if there is one. */
    public Optional<Memo> get(long id) {
        return store.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, target_type, target_id, author, text, created,"
                    + " updated FROM memo WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(memo(r)) : Optional.empty();
                }
            }
        });
    }

    public void update(long id, String author, String text) {
        checkText(author, text);
        store.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE memo SET text = ?, updated = ? WHERE id = ?")) {
                p.setString(1, text);
                p.setString(2, store.clock().instant().toString());
                p.setLong(3, id);
                if (p.executeUpdate() == 0) {
                    throw new InvalidInput("memo.notFound", "no memo with id " + id, "memo", id);
                }
            }
            store.logChange(c, new Change(author, "edit", "memo", Long.toString(id), null));
            return null;
        });
    }

    private static Memo memo(ResultSet r) throws SQLException {
        return new Memo(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7));
    }

    /**
     * Deletes a memo, inside the caller's write transaction; false when there is none. Memos are not in the undo
     * history, so nothing else holds its text.
     */
    public static boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM memo WHERE id = ?")) {
            p.setLong(1, id);
            return p.executeUpdate() > 0;
        }
    }

    /** The ids of the memos on a code or a document, inside the caller's transaction. */
    public static List<Long> idsOn(Connection c, String targetType, long targetId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id FROM memo WHERE target_type = ? AND target_id = ? ORDER BY id")) {
            p.setString(1, targetType);
            p.setLong(2, targetId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    private static void checkType(String targetType) {
        if (!"code".equals(targetType) && !"document".equals(targetType)) {
            throw new InvalidInput("memo.targetType", "memos are on a 'code' or a 'document', not '" + targetType + "'",
                    "got", targetType);
        }
    }

    private static void checkText(String author, String text) {
        if (author == null || author.isBlank() || text == null || text.isBlank()) {
            throw new InvalidInput("memo.empty", "a memo needs an author and a text");
        }
    }
}
