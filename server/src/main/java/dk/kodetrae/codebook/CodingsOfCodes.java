package dk.kodetrae.codebook;

import dk.kodetrae.history.Recording;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * What becomes of a code's codings when codes merge or are deleted. The coding package, the only writer of coding
 * rows, implements it; a merge or a delete calls it inside its own transaction and names every coding it changes to
 * the same undo step.
 */
public interface CodingsOfCodes {
    /** Moves every coding of {@code from} (rejected ones too) to {@code into}; returns how many not rejected. */
    int move(Connection c, long from, long into, Recording step) throws SQLException;

    /** Deletes every coding of the given codes (rejected ones too); returns how many were not rejected. */
    int delete(Connection c, Collection<Long> codes, Recording step) throws SQLException;
}
