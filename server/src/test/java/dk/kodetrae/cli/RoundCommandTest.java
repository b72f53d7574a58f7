package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.coding.Viewer;
import dk.kodetrae.project.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kodetrae round open|list|close} on a real project directory. */
class RoundCommandTest {
    @TempDir
    Path dir;

    @Test
    void round_opensListsAndCloses_andTheProjectIsBlindMeanwhile() {
        long document;
        try (Project p = CodedFixture.open(dir)) {
            document = CodedFixture.document(p, "samarbejde").id();
            p.codings().add(document, CodedFixture.code(p, "sanktioner").id(),
                    CodedFixture.find(p, "samarbejde", "Søren og Åse"), "bø");
        }
        CliRun opened = CliRun.run("round", "open", "--project", dir.toString(), "--name", "Første runde",
                "--codebook", "lille", "--codes", "sanktioner,mentor", "--documents", "samarbejde,mentor",
                "--coders", "anna,bø");
        assertEquals(0, opened.code(), opened.err());
        assertTrue(opened.out().contains("opened round 1 'Første runde': 2 documents, coders anna, bø"), opened.out());
        try (Project p = Project.openExisting(dir)) {
            assertEquals(0, p.codings().forDocument(document, Viewer.named("anna")).size());
            assertEquals(1, p.codings().forDocument(document, Viewer.named("bø")).size());
        }

        CliRun listed = CliRun.run("round", "list", "--project", dir.toString());
        assertTrue(listed.out().contains("1  Første runde  open  codebook lille, 2 documents, coders anna, bø,"
                + " consensus coder konsensus"), listed.out());

        CliRun closed = CliRun.run("round", "close", "--project", dir.toString(), "1");
        assertEquals(0, closed.code(), closed.err());
        try (Project p = Project.openExisting(dir)) {
            assertEquals(1, p.codings().forDocument(document, Viewer.named("anna")).size());
        }
        CliRun again = CliRun.run("round", "close", "--project", dir.toString(), "1");
        assertEquals(1, again.code());
        assertEquals("kodetrae: round 1 is closed already", again.err().strip());
    }

    @Test
    void roundOpen_namesAnUnknownDocument_andOpensNothing() {
        CodedFixture.open(dir).close();
        CliRun r = CliRun.run("round", "open", "--project", dir.toString(), "--name", "R", "--codebook", "lille",
                "--documents", "samarbejde,findes-ikke", "--coders", "anna,bø");
        assertEquals(1, r.code());
        assertEquals("kodetrae: --documents: the project has no document 'findes-ikke'", r.err().strip());
        assertEquals("", CliRun.run("round", "list", "--project", dir.toString()).out());
    }
}
