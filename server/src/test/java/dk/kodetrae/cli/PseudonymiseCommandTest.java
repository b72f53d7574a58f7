package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.project.Project;
import dk.kodetrae.pseudonym.PseudonymFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kodetrae pseudonymise …} on the two pseudonymisation interviews, as a user runs it. */
class PseudonymiseCommandTest {
    @TempDir
    Path dir;
    String project;

    @BeforeEach
    void imported() {
        try (Project p = PseudonymFixture.open(dir)) {
            project = p.directory().toString();
        }
    }

    @Test
    void candidates_nameDecideApply_reidentify() throws Exception {
        CliRun listed = CliRun.run("pseudonymise", "candidates", "--project", project);
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("cpr\tpattern\topen\t010203-1234 → [CPR-nummer 1]"), listed.out());
        assertTrue(listed.out().contains("Jeg hedder [Mette], og jeg bor"), "in context: " + listed.out());

        assertEquals(0, CliRun.run("pseudonymise", "name", "Solgården", "--kind", "workplace", "--project", project)
                .code());
        CliRun decided = CliRun.run("pseudonymise", "decide", "Mette", "--pseudonym", "[Borger A]", "--project",
                project);
        assertEquals(0, decided.code(), decided.err());
        CliRun refused = CliRun.run("pseudonymise", "apply", "--project", project);
        assertTrue(refused.code() != 0, "open candidates refuse the apply");
        assertTrue(refused.err().contains("not decided yet"), refused.err());

        CliRun applied = CliRun.run("pseudonymise", "apply", "--accept-proposed", "--project", project);
        assertEquals(0, applied.code(), applied.err());
        assertTrue(applied.out().contains("pseudonymised 2 documents"), applied.out());
        try (Project p = Project.openExisting(Path.of(project))) {
            p.corpus().documents().forEach(d -> assertFalse(p.corpus().text(d.id()).contains("Solgården")));
            Path key = p.pseudonyms().keyFile();
            assertTrue(Files.readString(key).contains("Solgården"), "the original is in the key only");
        }
        CliRun reidentified = CliRun.run("pseudonymise", "reidentify", "--document", "anden", "--project", project);
        assertEquals(0, reidentified.code(), reidentified.err());
        assertTrue(reidentified.out().contains("[Borger A] ⟨Mette⟩"), reidentified.out());
    }

    @Test
    void unknownDocument_isRefusedNamingIt() {
        CliRun r = CliRun.run("pseudonymise", "candidates", "--document", "findes-ikke", "--project", project);
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("findes-ikke"), r.err());
    }
}
