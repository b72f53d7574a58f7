package dk.kodetrae.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * V11: a project of version 7 keeps its rows; the change log lets a delete erase an entry's detail, once, and
 * nothing else; the store generation counts every change of a document row, also one made by hand.
 */
class MigrationV11Test {
    @TempDir
    Path dir;

    private Store version7WithOneImport() throws SQLException {
        Path file = dir.resolve("v7.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(c, file, 7);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO document(name, text, length, language, content_hash, source_file,"
                        + " imported_at) VALUES ('Mette Jensen', 'I: Hej Mette', 12, 'da', 'h1', 'm.txt', 't')");
                s.executeUpdate("INSERT INTO change_log(at, actor, action, entity, entity_id, detail)"
                        + " VALUES ('t', 'ane', 'import', 'document', '1', 'Mette Jensen')");
            }
        }
        return Store.open(file, Fixtures.CLOCK);
    }

    private static int update(Store store, String sql) {
        return store.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    private static String detail(Store store) {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT detail FROM change_log")) {
                r.next();
                return r.getString(1);
            }
        });
    }

    @Test
    void changeLog_detailMayBeErasedOnce_andNothingElseChanged() throws SQLException {
        try (Store store = version7WithOneImport()) {
            assertThrows(StoreException.class, () -> update(store, "UPDATE change_log SET detail = 'x'"));
            assertThrows(StoreException.class, () -> update(store, "UPDATE change_log SET actor = 'bo', detail = NULL,"
                    + " erased_at = 't2'"));
            assertThrows(StoreException.class, () -> update(store, "DELETE FROM change_log"));
            assertEquals("Mette Jensen", detail(store));

            assertEquals(1, update(store, "UPDATE change_log SET detail = NULL, erased_at = 't2'"));
            assertNull(detail(store));
            StoreException again = assertThrows(StoreException.class,
                    () -> update(store, "UPDATE change_log SET erased_at = 't3'"));
            assertTrue(again.getMessage().contains("append-only"), again.getMessage());
        }
    }

    @Test
    void generation_countsEveryChangeOfADocument_evenOneMadeByHand() throws SQLException {
        try (Store store = version7WithOneImport()) {
            long before = store.generation();
            update(store, "DELETE FROM document WHERE id = 1");
            assertNotEquals(before, store.generation());
            assertEquals(0, (int) store.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT COUNT(*) FROM document")) {
                    r.next();
                    return r.getInt(1);
                }
            }));
        }
    }
}
