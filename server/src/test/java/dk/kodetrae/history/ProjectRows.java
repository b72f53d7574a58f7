package dk.kodetrae.history;

import dk.kodetrae.project.Project;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of the tables a coder's actions change (codes and codings, rejected ones too), keyed "table/id": what
 * an undo must give back exactly.
 */
final class ProjectRows {
    static final String[] TABLES = {"code", "coding"};

    private ProjectRows() {
    }

    static Map<String, Map<String, Object>> of(Project p) {
        return p.store().read(c -> {
            Map<String, Map<String, Object>> out = new TreeMap<>();
            for (String table : TABLES) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData m = r.getMetaData();
                    while (r.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            row.put(m.getColumnName(i), r.getObject(i));
                        }
                        out.put(table + "/" + r.getLong("id"), row);
                    }
                }
            }
            return out;
        });
    }
}
