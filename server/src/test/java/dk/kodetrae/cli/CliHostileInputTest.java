package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What hostile or damaged files do to the command line (issue 25). */
class CliHostileInputTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentNameWithATerminalEscape_isPrintedEscaped() throws Exception {
        Path files = Files.createDirectories(dir.resolve("filer"));
        Path hostile = files.resolve("ond\u001b[2J\u001b[31mrød\u202Eæøå.txt");
        Files.writeString(hostile, "I: Hvordan var det?\n\nR: Sanktionen kom som et chok.\n", StandardCharsets.UTF_8);
        Path project = dir.resolve("projekt");
        assertEquals(0, CliRun.run("import", "--project", project.toString(), files.toString()).code());
        CliRun search = CliRun.run("search", "--project", project.toString(), "sanktion");
        assertEquals(0, search.code(), search.err());
        assertFalse(search.out().contains("\u001b") || search.out().contains("\u202E"), search.out());
        assertTrue(search.out().contains("ond\\x1B[2J\\x1B[31mrød\\u202Eæøå"), search.out());
    }

    @Test
    void anEmptyProjectDatabase_isRefusedNamingTheFileAndHowToRestoreIt() throws Exception {
        Path project = Files.createDirectories(dir.resolve("tømt-projekt"));
        Path db = Files.createFile(project.resolve("project.db"));
        CliRun search = CliRun.run("search", "--project", project.toString(), "sanktion");
        assertEquals(1, search.code(), search.out());
        assertTrue(search.err().startsWith("kodetrae: the project database " + db.toAbsolutePath()
                + " is empty (0 bytes)"), search.err());
        assertTrue(search.err().contains("Restore project.db from a backup"), search.err());
        assertEquals(0, Files.size(db), "nothing was written into it");
    }
}
