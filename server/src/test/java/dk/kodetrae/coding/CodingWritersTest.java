package dk.kodetrae.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only this package writes coding rows: so that every write keeps a coding's origin and review state whole and is
 * a step of the undo history. Code merge and delete used to move and cascade-delete codings themselves.
 */
class CodingWritersTest {
    private static final Path MAIN = Path.of("src", "main", "java", "dk", "kodetrae");
    private static final Pattern WRITE = Pattern.compile(
            "(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+coding\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void noOtherPackage_writesCodingRows() throws IOException {
        List<String> writers;
        try (Stream<Path> files = Files.walk(MAIN)) {
            writers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> WRITE.matcher(read(f)).find())
                    .map(f -> MAIN.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(writers.contains("coding/CodingRows.java"), writers.toString());
        assertEquals(List.of(), writers.stream().filter(w -> !w.startsWith("coding/")).toList());
    }

    @Test
    void noTable_deletesCodingsByCascade() throws IOException {
        String v5 = Files.readString(Path.of("src", "main", "resources", "dk", "kodetrae", "store", "migrations",
                "V5.sql"));
        String table = v5.substring(v5.indexOf("CREATE TABLE coding_v5"), v5.indexOf("INSERT INTO coding_v5"));
        assertTrue(table.contains("REFERENCES code(id)") && !table.contains("CASCADE"), table);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
