package dk.kodetrae.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void everyConnection_isWalWithFullSyncAndForeignKeys() {
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            assertEquals("wal", pragma(store, "journal_mode"));
            assertEquals("2", pragma(store, "synchronous"), "2 = FULL");
            assertEquals("1", pragma(store, "foreign_keys"));
            assertEquals("10000", pragma(store, "busy_timeout"));
        }
    }

    private static String pragma(Store store, String name) {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
                return r.next() ? r.getString(1) : null;
            }
        });
    }

    @Test
    void aSteadyStreamOfWrites_startsTheLogOverInsteadOfGrowingIt() throws Exception {
        Path db = dir.resolve("p.db");
        Path log = dir.resolve("p.db-wal");
        long writes = 0;
        Set<Integer> logGenerations = new HashSet<>();
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            // One writer, so every write is its own commit and appends at least one page to the log.
            for (long end = System.nanoTime() + 3_500_000_000L; System.nanoTime() < end; writes++) {
                String id = Long.toString(writes);
                store.write(c -> store.logChange(c, new Change("t", "kodning", "probe", id, "æøå".repeat(100))));
                logGenerations.add(checkpointSequence(log));
            }
            long logBytes = java.nio.file.Files.size(log);
            long appendedAtLeast = writes * (4096 + 24);
            // The file keeps its high-water mark, which depends on how often the checkpoint got a core; each start
            // over writes a new header with the next checkpoint sequence number, whatever the machine's load.
            assertTrue(logGenerations.size() >= 3, "the log started over " + (logGenerations.size() - 1)
                    + " times in " + writes + " commits");
            assertTrue(logBytes < appendedAtLeast, "the log holds " + logBytes + " bytes after " + writes
                    + " commits, which appended at least " + appendedAtLeast);
        }
    }

    /** The checkpoint sequence number in a write-ahead log's header (bytes 12–15, big-endian). */
    private static int checkpointSequence(Path log) throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(log)) {
            byte[] header = in.readNBytes(16);
            return java.nio.ByteBuffer.wrap(header).getInt(12);
        }
    }

    @Test
    void failedWrite_isRolledBack() {
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            assertThrows(IllegalStateException.class, () -> store.write(c -> {
                store.logChange(c, new Change("t", "a", "probe", "1", null));
                throw new IllegalStateException("boom");
            }));
            assertEquals(0L, store.lastChange("probe"));
        }
    }

    @Test
    void concurrentWrites_areEachCommitted_andAFailingOneRollsBackAlone() throws Exception {
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
            java.util.List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = Integer.toString(i);
                writes.add(pool.submit(() -> store.write(c -> {
                    store.logChange(c, new Change("t", "a", "probe", id, null));
                    if (id.endsWith("7")) {
                        throw new IllegalStateException("refused " + id);
                    }
                    return null;
                })));
            }
            int refused = 0;
            for (var w : writes) {
                try {
                    w.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof IllegalStateException, e.toString());
                    refused++;
                }
            }
            pool.shutdown();
            assertEquals(20, refused);
            int rows = store.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT COUNT(*) FROM change_log WHERE entity = 'probe'")) {
                    return r.next() ? r.getInt(1) : -1;
                }
            });
            assertEquals(180, rows);
        }
    }

    @Test
    void writesReusingAStatement_getTheirOwnParameters_evenWhenTheSameSqlIsOpenTwice() {
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            String sql = "SELECT ? * 2";
            for (int round = 1; round <= 3; round++) {
                int n = round;
                assertEquals(List.of(2 * n, 20 * n), store.write(c -> {
                    try (PreparedStatement outer = c.prepareStatement(sql)) {
                        outer.setInt(1, n);
                        try (ResultSet r = outer.executeQuery()) {
                            r.next();
                            try (PreparedStatement inner = c.prepareStatement(sql)) {
                                inner.setInt(1, 10 * n);
                                try (ResultSet q = inner.executeQuery()) {
                                    q.next();
                                    return List.of(r.getInt(1), q.getInt(1));
                                }
                            }
                        }
                    }
                }));
            }
        }
    }

    @Test
    void committedPages_reachTheDatabaseFileInTheBackground_notInsideACommit() throws Exception {
        Path db = dir.resolve("p.db");
        try (Store store = Store.open(db, Fixtures.CLOCK)) {
            Thread.sleep(500);
            long before = java.nio.file.Files.size(db);
            store.write(c -> {
                for (int i = 0; i < 5_000; i++) {
                    store.logChange(c, new Change("t", "a", "probe", Integer.toString(i), "x".repeat(200)));
                }
                return null;
            });
            long deadline = System.nanoTime() + 5_000_000_000L;
            // The checkpoint copies pages one by one: wait for all of them, not for the first.
            while (java.nio.file.Files.size(db) <= before + 500_000 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(java.nio.file.Files.size(db) > before + 500_000,
                    "database file " + before + " -> " + java.nio.file.Files.size(db) + " bytes");
            long rows = store.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT COUNT(*) FROM change_log WHERE entity = 'probe'")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertEquals(5_000L, rows);
        }
    }

    @Test
    void changeLog_isAppendOnly() {
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            store.write(c -> store.logChange(c, new Change("t", "a", "probe", "1", null)));
            StoreException e = assertThrows(StoreException.class, () -> store.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("DELETE FROM change_log");
                }
            }));
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
    }

    @Test
    void migrations_buildTheNewestSchemaFromAnEmptyDatabase() {
        try (Store store = Store.open(dir.resolve("p.db"), Fixtures.CLOCK)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(java.util.List.of("attribute", "change_log", "code", "codebook", "coding", "coding_round",
                    "coding_round_code", "coding_round_coder", "coding_round_document", "consensus_decision", "document",
                    "document_attribute", "document_version", "group_label", "memo", "project_settings",
                    "pseudonym_key_file", "pseudonymised_document", "sentence", "store_generation", "turn", "undo_step"),
                    tables(store));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void migrations_upgradeEveryPreviousVersionKeepingItsData(int version) throws SQLException {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(c, file, version);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO document(name, text, length, language, content_hash, source_file, imported_at)"
                        + " VALUES ('gammel', 'I: Hej', 6, 'da', 'h', 'gammel.txt', '2015-01-01T00:00:00Z')");
            }
        }
        try (Store store = Store.open(file, Fixtures.CLOCK)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals("gammel", store.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM document")) {
                    return r.next() ? r.getString(1) : null;
                }
            }));
            assertTrue(tables(store).contains("undo_step"));
        }
    }

    @Test
    void migrationToVersion7_givesEveryExistingRowAGuid_andEveryNewRowOne() throws SQLException {
        Path file = dir.resolve("v4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(c, file, 4);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO document(name, text, length, language, content_hash, source_file,"
                        + " imported_at) VALUES ('a', 'Åse', 3, 'da', 'h1', 'a.txt', 't'), ('b', 'Bo', 2, 'da', 'h2',"
                        + " 'b.txt', 't')");
                s.executeUpdate("INSERT INTO memo(target_type, target_id, author, text, created, updated)"
                        + " VALUES ('document', 1, 'ane', 'note', 't', 't')");
            }
        }
        try (Store store = Store.open(file, Fixtures.CLOCK)) {
            store.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO document(name, text, length, language, content_hash,"
                            + " source_file, imported_at) VALUES ('c', 'Ny', 2, 'da', 'h3', 'c.txt', 't')");
                }
            });
            List<String> guids = store.read(c -> rows(c, "SELECT guid FROM document ORDER BY id"));
            assertEquals(3, guids.size());
            assertEquals(3, new java.util.HashSet<>(guids).size(), "distinct: " + guids);
            guids.forEach(g -> assertTrue(g.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
                    "a version-4 UUID: " + g));
            assertEquals(1, store.read(c -> rows(c, "SELECT guid FROM memo WHERE guid IS NOT NULL")).size());
            StoreException duplicate = assertThrows(StoreException.class, () -> store.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE document SET guid = '" + guids.get(0) + "' WHERE name = 'b'");
                }
            }));
            assertTrue(duplicate.getMessage().contains("UNIQUE"), duplicate.getMessage());
        }
    }

    @Test
    void migrationToVersion4_keepsTurnsAndSentences_andSentencesNameTheirTurnBySeq() throws SQLException {
        Path file = dir.resolve("v3.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(c, file, 3);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO document(id, name, text, length, language, content_hash, source_file,"
                        + " imported_at) VALUES (1, 'rådgiver', 'I: Hej.\nR: Ja. Så går vi i gang.', 34, 'da', 'h',"
                        + " 'rådgiver.txt', '2015-01-01T00:00:00Z')");
                s.executeUpdate("INSERT INTO turn(id, document_id, seq, speaker, role, line, start_offset, end_offset)"
                        + " VALUES (10, 1, 0, 'I', 'interviewer', 1, 3, 7), (11, 1, 1, 'R', 'respondent', 2, 11, 34)");
                s.executeUpdate("INSERT INTO sentence(id, document_id, turn_id, seq, start_offset, end_offset)"
                        + " VALUES (20, 1, 10, 0, 3, 7), (21, 1, 11, 1, 11, 14), (22, 1, 11, 2, 15, 34)");
            }
        }
        try (Store store = Store.open(file, Fixtures.CLOCK)) {
            assertEquals(List.of("0 0 3-7", "1 1 11-14", "2 1 15-34"), store.read(c -> rows(c, "SELECT seq || ' '"
                    + " || turn_seq || ' ' || start_offset || '-' || end_offset FROM sentence ORDER BY seq")));
            assertEquals(List.of("0 I interviewer", "1 R respondent"), store.read(c -> rows(c,
                    "SELECT seq || ' ' || speaker || ' ' || role FROM turn ORDER BY seq")));
            StoreException orphan = assertThrows(StoreException.class, () -> store.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO sentence(document_id, seq, turn_seq, start_offset, end_offset)"
                            + " VALUES (1, 3, 7, 0, 1)");
                }
            }));
            assertTrue(orphan.getMessage().contains("FOREIGN KEY"), orphan.getMessage());
            store.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("DELETE FROM document WHERE id = 1");
                }
            });
            assertEquals(List.of("0 0"), store.read(c -> rows(c,
                    "SELECT (SELECT count(*) FROM turn) || ' ' || (SELECT count(*) FROM sentence)")));
        }
    }

    /**
     * Version 4 kept origin and review in one column: accepting turned an auto coding into 'manual' under the
     * reviewer's name but left its rule text behind, which tells it apart from a coding made by hand.
     */
    @Test
    void migrationToVersion5_separatesOriginFromReview_keepingIdsAndTheIdHighWaterMark() throws SQLException {
        Path file = dir.resolve("v4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(c, file, 4);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO document(id, name, text, length, language, content_hash, source_file,"
                        + " imported_at) VALUES (1, 'rådgiver', 'R: Tillid er alt 😊 for mig.', 28, 'da', 'h',"
                        + " 'rådgiver.txt', '2015-01-01T00:00:00Z')");
                s.executeUpdate("INSERT INTO codebook(id, name) VALUES ('b', 'Bog')");
                s.executeUpdate("INSERT INTO code(id, codebook_id, key, name) VALUES (7, 'b', 'tillid', 'Tillid')");
                s.executeUpdate("INSERT INTO coding(id, document_id, code_id, start_offset, end_offset, coder, origin,"
                        + " rule_query, rule_version, created, status) VALUES"
                        + " (3, 1, 7, 3, 9, 'ane', 'manual', NULL, NULL, '2020-01-01T00:00:00Z', 'active'),"
                        + " (4, 1, 7, 3, 28, 'auto', 'auto', 'tillid', 2, '2020-01-02T00:00:00Z', 'active'),"
                        + " (5, 1, 7, 3, 28, 'bo', 'auto', 'tillid', 2, '2020-01-02T00:00:00Z', 'rejected'),"
                        + " (12, 1, 7, 3, 17, 'cai', 'manual', 'tillid', 1, '2020-01-02T00:00:00Z', 'active')");
                s.executeUpdate("INSERT INTO change_log(at, actor, action, entity, entity_id, detail) VALUES"
                        + " ('2020-02-01T00:00:00Z', 'bo', 'reject', 'coding', NULL, '2 auto codings: [15, 5]'),"
                        + " ('2020-03-01T00:00:00Z', 'cai', 'accept', 'coding', NULL, '1 auto codings: [12]')");
                s.executeUpdate("INSERT INTO coding(id, document_id, code_id, start_offset, end_offset, coder, origin,"
                        + " created) VALUES (40, 1, 7, 0, 1, 'ane', 'manual', '2020-01-01T00:00:00Z')");
                s.executeUpdate("DELETE FROM coding WHERE id = 40");
            }
        }
        try (Store store = Store.open(file, Fixtures.CLOCK)) {
            assertEquals(List.of(
                    "3 manual none    ",
                    "4 auto unreviewed tillid 2  ",
                    "5 auto rejected tillid 2 bo 2020-02-01T00:00:00Z",
                    "12 auto accepted tillid 1 cai 2020-03-01T00:00:00Z"), store.read(c -> rows(c,
                    "SELECT id || ' ' || origin || ' ' || review || ' ' || COALESCE(rule_query, '') || ' '"
                            + " || COALESCE(rule_version, '') || ' ' || COALESCE(reviewer, '') || ' '"
                            + " || COALESCE(reviewed_at, '') FROM coding ORDER BY id")));
            long next = store.write(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("INSERT INTO coding(document_id,"
                        + " code_id, start_offset, end_offset, coder, origin, review, created) VALUES (1, 7, 0, 1,"
                        + " 'ane', 'manual', 'none', 'x') RETURNING id")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertEquals(41, next, "the id of a deleted coding is never given out again");
            assertEquals(List.of("coding_by_code", "coding_by_code_origin", "coding_by_document", "coding_by_guid"),
                    store.read(c -> rows(c, "SELECT name FROM sqlite_master WHERE type = 'index'"
                            + " AND tbl_name = 'coding' ORDER BY name")));
            StoreException mixed = assertThrows(StoreException.class, () -> store.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE coding SET review = 'accepted' WHERE id = 3");
                }
            }));
            assertTrue(mixed.getMessage().contains("CHECK"), "a manual coding has no review: " + mixed.getMessage());
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Test
    void newerSchema_isRefusedWithAClearMessage() throws SQLException {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version=99");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file, Fixtures.CLOCK));
        assertTrue(e.getMessage().contains("schema version 99, newer than this Kodetræ understands"), e.getMessage());
    }

    private static java.util.List<String> tables(Store store) {
        return store.read(c -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            return names;
        });
    }
}
