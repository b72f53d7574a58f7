package dk.kodetrae.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writes 1,000 single-row transactions and prints each acknowledgement; it is killed with SIGKILL at a
 * seeded random moment. Every acknowledged row must be there afterwards, in a database SQLite finds sound.
 */
class StoreDurabilityTest {
    private static final int ROWS = 1_000;

    @TempDir
    Path dir;

    @RepeatedTest(10)
    void acknowledgedWrites_surviveSigkill(RepetitionInfo repetition) throws Exception {
        Path db = dir.resolve("project.db");
        int killAfter = 1 + new Random(20261123L + repetition.getCurrentRepetition()).nextInt(ROWS - 100);
        Set<Integer> acknowledged = runAndKill(db, killAfter);

        assertTrue(acknowledged.size() >= killAfter, "child acknowledged " + acknowledged.size());
        assertTrue(acknowledged.size() < ROWS, "the kill must land before the last write");
        try (Store store = Store.open(db, Clock.systemUTC())) {
            assertEquals("ok", store.integrityCheck());
            Set<Integer> present = store.read(c -> {
                Set<Integer> ids = new HashSet<>();
                try (PreparedStatement p = c.prepareStatement("SELECT entity_id FROM change_log WHERE entity = 'probe'");
                     ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(Integer.parseInt(r.getString(1)));
                    }
                }
                return ids;
            });
            Set<Integer> missing = new HashSet<>(acknowledged);
            missing.removeAll(present);
            assertEquals(Set.of(), missing, "acknowledged but lost");
        }
    }

    private static Set<Integer> runAndKill(Path db, int killAfter) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityWriter.class.getName(), db.toString(), Integer.toString(ROWS))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<Integer> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                acknowledged.add(Integer.parseInt(line.substring(4)));
                if (acknowledged.size() == killAfter) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
        return acknowledged;
    }
}
