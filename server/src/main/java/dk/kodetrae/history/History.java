package dk.kodetrae.history;

import dk.kodetrae.store.RowImage;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each actor's undo history. An undo takes back exactly the actor's newest done step, a redo makes the oldest undone
 * one again; a new action ends the redo run. A step whose rows someone changed since (another coder, say) is refused
 * with a message and dropped from the history: it can never be taken back as it was recorded. Each undo and redo is
 * one transaction with its change-log entry. Thread-safe.
 */
public final class History {
    private final Store store;
    private final Map<String, RowWriter> writers = new HashMap<>();

    /** @param writers by table name, the writer of that table's rows (each owning package provides its own) */
    public History(Store store, Map<String, RowWriter> writers) {
        this.store = store;
        this.writers.putAll(writers);
    }

    /** Starts recording an action; call it inside the action's write transaction and finish it there. */
    public Recording record(String actor, Action action) {
        return new Recording(this, actor, action);
    }

    /**
     * Drops from every actor's history (state discarded) the steps that changed a row of {@code table} whose
     * {@code column} was or became {@code value}, inside the caller's write transaction: for a change that makes
     * those row images wrong to write back, such as an edit of the text their offsets point into.
     */
    public void discardTouching(Connection c, String table, String column, long value) throws SQLException {
        touching(c, "UPDATE undo_step SET state = 'discarded' WHERE state <> 'discarded' AND ", table, column, value);
    }

    /**
     * Deletes the steps that changed such a row, inside the caller's write transaction: for a delete that must leave
     * nothing of the row behind, not even its image in the history.
     */
    public void forgetTouching(Connection c, String table, String column, long value) throws SQLException {
        touching(c, "DELETE FROM undo_step WHERE ", table, column, value);
    }

    /** Deletes the steps whose description names {@code name} as their code or document (the page shows it). */
    public void forgetAbout(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM undo_step"
                + " WHERE json_extract(about, '$.code') = ? OR json_extract(about, '$.document') = ?"
                + " OR json_extract(about, '$.into') = ?")) {
            p.setString(1, name);
            p.setString(2, name);
            p.setString(3, name);
            p.executeUpdate();
        }
    }

    private static void touching(Connection c, String statement, String table, String column, long value)
            throws SQLException {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a column name: " + column);
        }
        // The text search first: steps of auto-coding hold thousands of rows, and parsing every step's JSON for
        // each edit of a transcript took seconds in a project with the demo's rules applied.
        try (PreparedStatement p = c.prepareStatement(statement + "instr(undo_step.changes, ?) > 0"
                + " AND EXISTS (SELECT 1 FROM json_each(undo_step.changes) ch"
                + " WHERE json_extract(ch.value, '$.table') = ? AND (json_extract(ch.value, '$.before." + column
                + "') = ? OR json_extract(ch.value, '$.after." + column + "') = ?))")) {
            p.setString(1, "\"" + column + "\":" + value);
            p.setString(2, table);
            p.setLong(3, value);
            p.setLong(4, value);
            p.executeUpdate();
        }
    }

    /** The step an undo would take back, if any. */
    public Optional<Step> nextUndo(String actor) {
        return store.read(c -> next(c, actor, true)).map(Entry::step);
    }

    /** The step a redo would make again, if any. */
    public Optional<Step> nextRedo(String actor) {
        return store.read(c -> next(c, actor, false)).map(Entry::step);
    }

    /** Takes back the actor's newest done step; empty when there is none. */
    public Optional<Step> undo(String actor) {
        return walk(actor, true);
    }

    /** Makes the actor's oldest undone step again; empty when there is none. */
    public Optional<Step> redo(String actor) {
        return walk(actor, false);
    }

    private Optional<Step> walk(String actor, boolean back) {
        String verb = back ? "undo" : "redo";
        Refusal refusal;
        try {
            return store.write(c -> {
                Optional<Entry> next = next(c, actor, back);
                if (next.isPresent()) {
                    apply(c, next.get(), back);
                    setState(c, next.get().step().seq(), back ? "undone" : "done");
                    log(c, actor, verb, next.get());
                }
                return next.map(Entry::step);
            });
        } catch (Refusal r) {
            refusal = r;
        }
        store.write(c -> setState(c, refusal.seq, "discarded"));
        throw new UndoRefusedException("cannot " + verb + " '" + refusal.step.text() + "': " + refusal.getMessage()
                + "; it is dropped from " + actor + "'s history");
    }

    /** Moves every row of the step to its other image, in the order that keeps references whole. */
    private void apply(Connection c, Entry entry, boolean back) throws SQLException {
        List<Change> changes = new ArrayList<>(entry.changes());
        if (back) {
            Collections.reverse(changes);
        }
        for (Change ch : changes) {
            Map<String, Object> expected = back ? ch.after() : ch.before();
            Map<String, Object> now = RowImage.read(c, ch.table(), ch.id()).orElse(null);
            if (!Images.same(expected, now)) {
                throw new Refusal(entry.step(), ch.table() + " " + ch.id() + " was changed since");
            }
            try {
                writer(ch.table()).restore(c, ch.id(), now, back ? ch.before() : ch.after());
            } catch (UndoRefusedException e) {
                throw new Refusal(entry.step(), e.getMessage());
            } catch (SQLException e) {
                throw new Refusal(entry.step(), ch.table() + " " + ch.id() + " refers to something that is gone or"
                        + " taken since (" + e.getMessage() + ")");
            }
        }
    }

    private RowWriter writer(String table) {
        RowWriter w = writers.get(table);
        if (w == null) {
            throw new IllegalStateException("no writer for table " + table + " in the undo history");
        }
        return w;
    }

    void store(Connection c, String actor, Action action, About about, List<Change> changes) throws SQLException {
        try (PreparedStatement discard = c.prepareStatement(
                "UPDATE undo_step SET state = 'discarded' WHERE actor = ? AND state = 'undone'")) {
            discard.setString(1, actor);
            discard.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO undo_step(actor, action, about, changes) VALUES (?,?,?,?)")) {
            p.setString(1, actor);
            p.setString(2, action.id());
            p.setString(3, Images.write(about));
            p.setString(4, Images.write(changes));
            p.executeUpdate();
        }
    }

    /**
     * The step to undo (the newest done one) or to redo (the oldest undone one: undos walk backwards, and a new
     * action discards what was undone, so the undone steps are always the newest run of the history).
     */
    private static Optional<Entry> next(Connection c, String actor, boolean back) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT seq, action, about, changes FROM undo_step"
                + " WHERE actor = ? AND state = ? ORDER BY seq " + (back ? "DESC" : "ASC") + " LIMIT 1")) {
            p.setString(1, actor);
            p.setString(2, back ? "done" : "undone");
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Step step = Step.of(r.getLong(1), actor, Action.of(r.getString(2)), Images.about(r.getString(3)));
                return Optional.of(new Entry(step, Images.changes(r.getString(4))));
            }
        }
    }

    private static Void setState(Connection c, long seq, String state) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE undo_step SET state = ? WHERE seq = ?")) {
            p.setString(1, state);
            p.setLong(2, seq);
            p.executeUpdate();
        }
        return null;
    }

    /** One change-log entry per kind of row the step touched, so caches keyed on those entities see it. */
    private void log(Connection c, String actor, String verb, Entry entry) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        entry.changes().forEach(ch -> tables.add(ch.table()));
        for (String table : tables) {
            List<Long> ids = entry.changes().stream().filter(ch -> ch.table().equals(table)).map(Change::id).toList();
            store.logChange(c, new dk.kodetrae.store.Change(actor, verb + "-" + entry.step().action(), table,
                    ids.size() == 1 ? Long.toString(ids.getFirst()) : null, entry.step().text()
                    + (ids.size() == 1 ? "" : ": " + ids)));
        }
    }

    private record Entry(Step step, List<Change> changes) {
    }

    /** Thrown inside the write so that it rolls back; turned into an {@link UndoRefusedException} after. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Step step;
        private final long seq;

        Refusal(Step step, String message) {
            super(message);
            this.step = step;
            this.seq = step.seq();
        }
    }
}
