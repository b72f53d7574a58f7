package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kodetrae import} reads PDFs and refuses audio, RTF and OpenDocument files, saying what each is. */
class ImportFileKindsCliTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void import_readsAPdf() throws IOException {
        Path pdf = Files.write(dir.resolve("møde.pdf"), Fixtures.pdf(List.of(List.of("I: Hvordan gik mødet?"),
                List.of("R: Det gik fint, vi aftalte en praktik."))));
        String[] r = run("import", "--project", dir.resolve("p").toString(), pdf.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("imported 1 documents, 2 turns"), r[1]);
    }

    @Test
    void import_refusesAudioRtfAndOdt_oneLineEach_andExitCode1() {
        String[] r = run("import", "--project", dir.resolve("p").toString(),
                Fixtures.path("kinds/interview.mp3").toString(), Fixtures.path("kinds/notes.rtf").toString(),
                Fixtures.path("kinds/samtale.odt").toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].startsWith("kodetrae: import refused, nothing was changed:"), r[2]);
        assertTrue(r[2].contains("interview.mp3: an audio file (MP3); transcribe it"), r[2]);
        assertTrue(r[2].contains("notes.rtf: an RTF document"), r[2]);
        assertTrue(r[2].contains("samtale.odt: an OpenDocument text (.odt)"), r[2]);
    }
}
