package dk.kodetrae.cli;

import static dk.kodetrae.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kodetrae delete …}: a document leaves the project and its search; a project folder goes only when named. */
class DeleteCommandTest {
    @TempDir
    Path dir;

    private String project() {
        return dir.resolve("studie").toString();
    }

    @BeforeEach
    void imported() {
        CliRun r = run("import", "--project", project(), "--manifest", Fixtures.path("manifest.csv").toString(),
                Fixtures.path("transcripts").toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void deleteDocument_removesItFromSearch_andSaysWhatWasDeleted() {
        assertTrue(run("search", "--project", project(), "sundhedskoordinatoren").out().startsWith("1 hits"));
        CliRun r = run("delete", "document", "--project", project(), "--actor", "ane", "samarbejde");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("deleted document "), r.out());
        assertTrue(run("search", "--project", project(), "sundhedskoordinatoren").out().startsWith("0 hits"));
        CliRun again = run("delete", "document", "--project", project(), "samarbejde");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("no document 'samarbejde'"), again.err());
    }

    @Test
    void deleteProject_needsTheFolderNamedAgain_thenErasesIt() {
        CliRun refused = run("delete", "project", "--project", project(), "--confirm", "andet");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("--confirm must name the project folder (studie)"), refused.err());
        assertTrue(Files.exists(dir.resolve("studie").resolve("project.db")));

        CliRun r = run("delete", "project", "--project", project(), "--confirm", "studie");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(dir.resolve("studie")));
    }
}
