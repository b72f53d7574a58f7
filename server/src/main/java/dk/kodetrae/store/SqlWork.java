package dk.kodetrae.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work run on a store connection, inside a transaction the {@link Store} owns. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
