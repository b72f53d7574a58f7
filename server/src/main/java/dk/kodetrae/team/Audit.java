package dk.kodetrae.team;

import dk.kodetrae.export.CsvWriter;
import dk.kodetrae.store.Store;
import java.io.IOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The team server's audit log in {@code team.db}: append-only (triggers refuse any change or removal of an entry).
 * An entry is on disk when {@link #record} returns. Thread-safe.
 */
public final class Audit {
    private final Store store;

    Audit(Store store) {
        this.store = store;
    }

    /** Appends one entry; {@code project} and {@code detail} may be empty, never null. */
    public void record(String actor, String address, String action, String project, String detail) {
        long now = store.clock().millis();
        store.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO audit(at, actor, address, action, project, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, now);
                s.setString(2, actor);
                s.setString(3, address == null ? "" : address);
                s.setString(4, action);
                s.setString(5, project == null ? "" : project);
                s.setString(6, detail == null ? "" : detail);
                return s.executeUpdate();
            }
        });
    }

    /** The newest {@code limit} entries before {@code before} (exclusive; {@code Long.MAX_VALUE}: the newest). */
    public List<AuditEntry> recent(int limit, long before) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT seq, at, actor, address, action, project, detail"
                    + " FROM audit WHERE seq < ? ORDER BY seq DESC LIMIT ?")) {
                s.setLong(1, before);
                s.setInt(2, limit);
                try (ResultSet r = s.executeQuery()) {
                    List<AuditEntry> out = new ArrayList<>();
                    while (r.next()) {
                        out.add(entry(r));
                    }
                    return out;
                }
            }
        });
    }

    /** Entries as CSV (UTF-8 with a byte-order mark for spreadsheets is the caller's), with a header row. */
    public static void writeCsv(List<AuditEntry> entries, Writer out) throws IOException {
        CsvWriter.row(List.of("seq", "at", "actor", "address", "action", "project", "detail"), ',', out);
        for (AuditEntry e : entries) {
            CsvWriter.row(List.of(Long.toString(e.seq()), Instant.ofEpochMilli(e.at()).toString(), e.actor(),
                    e.address(), e.action(), e.project(), e.detail()), ',', out);
        }
    }

    private static AuditEntry entry(ResultSet r) throws SQLException {
        return new AuditEntry(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7));
    }
}
