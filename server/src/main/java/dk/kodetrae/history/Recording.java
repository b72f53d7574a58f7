package dk.kodetrae.history;

import dk.kodetrae.store.RowImage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows one action changes, collected inside its write transaction: name each row before changing it (or after
 * creating it), then {@link #finish} the step. A step that changed nothing is not kept.
 */
public final class Recording {
    private final History history;
    private final String actor;
    private final Action action;
    private final List<Row> rows = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private About about = new About(null, null, null, 0);

    Recording(History history, String actor, Action action) {
        this.history = history;
        this.actor = actor;
        this.action = action;
    }

    /** What the step is about, as the page will name it. */
    public Recording about(About what) {
        this.about = what;
        return this;
    }

    /** Keeps the row as it is now, before the action changes or deletes it. */
    public void before(Connection c, String table, long id) throws SQLException {
        if (seen.add(table + "/" + id)) {
            rows.add(new Row(table, id, RowImage.read(c, table, id).orElse(null)));
        }
    }

    /** Notes a row the action created. */
    public void created(String table, long id) {
        if (seen.add(table + "/" + id)) {
            rows.add(new Row(table, id, null));
        }
    }

    /** Stores the step with every named row as it is now; ends the actor's redo run when anything changed. */
    public void finish(Connection c) throws SQLException {
        List<Change> changes = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> after = RowImage.read(c, r.table(), r.id()).orElse(null);
            if (!Images.same(r.before(), after)) {
                changes.add(new Change(r.table(), r.id(), r.before(), after));
            }
        }
        if (!changes.isEmpty()) {
            history.store(c, actor, action, about, changes);
        }
    }

    private record Row(String table, long id, Map<String, Object> before) {
    }
}
