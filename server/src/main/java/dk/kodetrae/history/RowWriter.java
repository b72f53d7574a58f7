package dk.kodetrae.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Writes rows of one table back to an earlier or later image when a step is undone or redone. The package that owns
 * the table implements it, so that it stays the only writer of its rows.
 */
@FunctionalInterface
public interface RowWriter {
    /**
     * Makes the row {@code id} equal {@code to}: inserts it when {@code now} is null, deletes it when {@code to} is
     * null, updates it otherwise. Throws {@link UndoRefusedException} when that would take something else with it.
     */
    void restore(Connection c, long id, Map<String, Object> now, Map<String, Object> to) throws SQLException;
}
