package dk.kodetrae.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ordered schema migrations of a {@link Schema}, for the project database {@code migrations/V1.sql … V<n>.sql};
 * the applied version is SQLite's {@code user_version}. Each migration runs in its own transaction, so a failed one
 * leaves the previous version. Numbers above the last released one are reserved for work in progress and may land
 * out of order: one not (yet) in the build is passed over. Versions up to it must all be there.
 */
final class Migrations {
    static final int LATEST = 12;
    static final int LAST_RELEASED = 7;

    private Migrations() {
    }

    static void apply(Connection c, Path file, Schema schema) throws SQLException {
        migrateTo(c, file, schema, schema.latest());
    }

    static void migrateTo(Connection c, Path file, int target) throws SQLException {
        migrateTo(c, file, Schema.PROJECT, target);
    }

    private static void migrateTo(Connection c, Path file, Schema schema, int target) throws SQLException {
        int current = currentVersion(c);
        if (current > schema.latest()) {
            throw new SQLException(file + " has schema version " + current
                    + ", newer than this Kodetræ understands (" + schema.latest() + ")");
        }
        for (int v = current + 1; v <= target; v++) {
            runScript(c, schema, v);
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static void runScript(Connection c, Schema schema, int version) throws SQLException {
        String name = schema.script(version);
        if (version > schema.lastReleased() && schema.owner().getResource(name) == null) {
            return;
        }
        String script = load(schema.owner(), name);
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                for (String statement : statements(script)) {
                    s.execute(statement);
                }
                s.execute("PRAGMA user_version=" + version);
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Splits on semicolons that end a line, keeping trigger bodies ({@code BEGIN … END;}) whole. */
    static java.util.List<String> statements(String script) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? upper.endsWith("END;") : trimmed.endsWith(";");
            if (ends) {
                out.add(current.toString());
                current.setLength(0);
                inTrigger = false;
            }
        }
        return out;
    }

    private static String load(Class<?> owner, String name) throws SQLException {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new SQLException("missing schema migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read schema migration " + name, e);
        }
    }
}
