package dk.kodetrae.refiqda;

import dk.kodetrae.store.Store;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the stable UUIDs (schema V7) an export writes and an import must not reuse. Read only: each table is
 * written by its own package.
 */
final class Guids {
    private static final String[] TABLES = {"document", "codebook", "code", "coding", "memo"};

    private Guids() {
    }

    /** Every guid in the project, of any kind. */
    static Set<String> taken(Store store) {
        return store.read(c -> {
            Set<String> out = new HashSet<>();
            for (String table : TABLES) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT guid FROM " + table)) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The guid of every coding, by id. */
    static Map<Long, String> codings(Store store) {
        return store.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, guid FROM coding")) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getString(2));
                }
            }
            return out;
        });
    }

    /**
     * A guid for something Kodetræ keeps no guid for (a coder, an attribute), the same in every export: a
     * name-based UUID of its kind and name.
     */
    static String named(String kind, String name) {
        return UUID.nameUUIDFromBytes(("kodetrae:" + kind + ":" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
