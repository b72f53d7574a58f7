package dk.kodetrae.cli;

import static dk.kodetrae.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kodetrae import} reads PDFs and refuses audio, RTF and OpenDocument files, saying what each is. */
class ImportFileKindsCliTest {
    @TempDir
    Path dir;

    @Test
    void import_readsAPdf() throws IOException {
        Path pdf = Files.write(dir.resolve("møde.pdf"), Fixtures.pdf(List.of(List.of("I: Hvordan gik mødet?"),
                List.of("R: Det gik fint, vi aftalte en praktik."))));
        CliRun r = run("import", "--project", dir.resolve("p").toString(), pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("imported 1 documents, 2 turns"), r.out());
    }

    @Test
    void import_refusesAudioRtfAndOdt_oneLineEach_andExitCode1() {
        CliRun r = run("import", "--project", dir.resolve("p").toString(),
                Fixtures.path("kinds/interview.mp3").toString(), Fixtures.path("kinds/notes.rtf").toString(),
                Fixtures.path("kinds/samtale.odt").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("kodetrae: import refused, nothing was changed:"), r.err());
        assertTrue(r.err().contains("interview.mp3: an audio file (MP3); transcribe it"), r.err());
        assertTrue(r.err().contains("notes.rtf: an RTF document"), r.err());
        assertTrue(r.err().contains("samtale.odt: an OpenDocument text (.odt)"), r.err());
    }
}
