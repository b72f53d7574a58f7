package dk.kodetrae.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows into one table {@value #ROWS_PER_STATEMENT} to a statement. sqlite-jdbc crosses into native code
 * for every executed row, and for narrow rows (a sentence is six numbers) that costs as much as SQLite's insert
 * itself: 222,356 sentence rows took 590 ms as one JDBC batch and 355 ms this way. Not thread-safe; the rows are
 * in the table once {@link #close} has returned.
 */
public final class MultiRowInsert implements AutoCloseable {
    static final int ROWS_PER_STATEMENT = 50;

    private final Connection connection;
    private final String insertOne;
    private final String insertFull;
    private final int width;
    private final List<Object> buffered = new ArrayList<>();

    public MultiRowInsert(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.width = columns.length;
        String insertInto = "INSERT INTO " + table + "(" + String.join(", ", columns) + ") VALUES ";
        String oneRow = "(" + String.join(",", Collections.nCopies(width, "?")) + ")";
        this.insertOne = insertInto + oneRow;
        this.insertFull = insertInto + String.join(",", Collections.nCopies(ROWS_PER_STATEMENT, oneRow));
    }

    /** Adds a row: one value for each column, in the order the columns were given. */
    public void row(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException("a row of " + values.length + " values for " + width + " columns");
        }
        buffered.addAll(Arrays.asList(values));
        if (buffered.size() == width * ROWS_PER_STATEMENT) {
            execute(ROWS_PER_STATEMENT);
        }
    }

    /** Inserts the rows still buffered, each on its own (fewer than a full statement's worth). */
    @Override
    public void close() throws SQLException {
        while (!buffered.isEmpty()) {
            execute(1);
        }
    }

    /** Inserts the first {@code rows} buffered rows: one, or a full statement's worth. */
    private void execute(int rows) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(rows == 1 ? insertOne : insertFull)) {
            for (int i = 0; i < rows * width; i++) {
                p.setObject(i + 1, buffered.get(i));
            }
            p.executeUpdate();
        }
        buffered.subList(0, rows * width).clear();
    }
}
