package dk.kodetrae.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kodetrae.Fixtures;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiRowInsertTest {
    @TempDir
    Path dir;

    @Test
    void rowsBeyondFullStatements_andNulls_andDanishText_areAllInserted() {
        int rows = 2 * MultiRowInsert.ROWS_PER_STATEMENT + 23;
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            store.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE probe(n INTEGER PRIMARY KEY, word TEXT, note TEXT)");
                }
                try (MultiRowInsert insert = new MultiRowInsert(c, "probe", "n", "word", "note")) {
                    for (int i = 0; i < rows; i++) {
                        insert.row(i, "rød grød med fløde " + i, i % 2 == 1 ? null : "ål");
                    }
                }
                return null;
            });
            List<String> stored = store.read(c -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT n, word, note FROM probe ORDER BY n");
                     ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getInt(1) + "|" + r.getString(2) + "|" + r.getString(3));
                    }
                }
                return out;
            });
            assertEquals(rows, stored.size());
            assertEquals("0|rød grød med fløde 0|ål", stored.getFirst());
            assertEquals("1|rød grød med fløde 1|null", stored.get(1));
            assertEquals((rows - 1) + "|rød grød med fløde " + (rows - 1) + "|ål", stored.getLast());
        }
    }

    @Test
    void rowOfTheWrongWidth_isRefused() {
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            assertThrows(IllegalArgumentException.class, () -> store.write(c -> {
                new MultiRowInsert(c, "change_log", "actor", "action").row("bench");
                return null;
            }));
        }
    }
}
