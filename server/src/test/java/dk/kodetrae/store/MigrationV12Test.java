package dk.kodetrae.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kodetrae.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V12: a project of version 11 with settings keeps them, with the export restriction not set; a deleted document
 * takes its pseudonymisation record with it; the restriction is 0, 1 or not set.
 */
class MigrationV12Test {
    @TempDir
    Path dir;

    @Test
    void settingsSurvive_restrictionUnset_andRecordsFollowTheirDocument() throws SQLException {
        Path file = dir.resolve("v11.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(c, file, 11);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO project_settings(id, attribution_template) VALUES (1, '({rolle})')");
                s.executeUpdate("INSERT INTO document(name, text, length, language, content_hash, source_file,"
                        + " imported_at) VALUES ('B1', 'I: Hej', 6, 'da', 'h1', 'b1.txt', 't')");
            }
        }
        try (Store store = Store.open(file, Fixtures.CLOCK)) {
            store.write(c -> {
                try (Statement s = c.createStatement()) {
                    try (ResultSet r = s.executeQuery("SELECT attribution_template, pseudonymised_exports_only"
                            + " FROM project_settings")) {
                        r.next();
                        assertEquals("({rolle})", r.getString(1));
                        assertNull(r.getObject(2));
                    }
                    s.executeUpdate("INSERT INTO pseudonymised_document VALUES (1, 't', 'ane', 3)");
                    assertThrows(SQLException.class, () -> s.executeUpdate(
                            "UPDATE project_settings SET pseudonymised_exports_only = 2"));
                    s.executeUpdate("DELETE FROM document");
                    try (ResultSet r = s.executeQuery("SELECT count(*) FROM pseudonymised_document")) {
                        r.next();
                        assertEquals(0, r.getInt(1));
                    }
                }
                return null;
            });
        }
    }
}
