package dk.kodetrae.refiqda;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to harm the reader are refused with a message that says why, and change nothing. */
class HostileQdpxTest {
    private static final String GUID = "d0000000-0000-4000-8000-000000000001";
    private static final String SOURCE = "<Sources><TextSource guid=\"" + GUID + "\" name=\"Borger\" plainTextPath=\""
            + "internal://" + GUID + ".txt\"/></Sources>";

    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void open() {
        p = Project.open(dir, Fixtures.CLOCK);
    }

    @AfterEach
    void close() {
        p.close();
    }

    private String refused(byte[] file, ImportOptions options) {
        RefiQdaException e = assertThrows(RefiQdaException.class, () -> RefiQda.importFile(p, "ond.qdpx", file,
                options));
        assertTrue(p.corpus().documents().isEmpty() && p.codebooks().codebooks().isEmpty(), "nothing changed");
        return e.getMessage();
    }

    private String refused(byte[] file) {
        return refused(file, ImportOptions.defaults());
    }

    private static byte[] withQde(String qde) {
        return Qdpx.withProject("project.qde", qde).source("sources/" + GUID + ".txt", "R: Hej.\n").zip();
    }

    @Test
    void externalEntity_isRefused_andTheFileIsNeverRead(@TempDir Path secrets) throws Exception {
        Path secret = Files.writeString(secrets.resolve("hemmelig.txt"), "kodeord");
        String qde = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\">" + SOURCE + "</Project>";
        String message = refused(withQde(qde));
        assertTrue(message.contains("a DTD (<!DOCTYPE …>) is not allowed"), message);
        assertTrue(!message.contains("kodeord"), message);
    }

    @Test
    void entityExpansion_billionLaughs_isRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Project [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String qde = "<?xml version=\"1.0\"?>" + dtd + "]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&l9;\">"
                + SOURCE + "</Project>";
        String message = refused(withQde(qde));
        assertTrue(message.contains("DTD"), message);
    }

    @Test
    void aZipEntryEscapingTheFolder_isRefused() {
        byte[] file = Qdpx.withProject("project.qde", Qdpx.project("Ond", SOURCE))
                .source("sources/" + GUID + ".txt", "R: Hej.\n").source("sources/../../evil.sh", "rm -rf /").zip();
        String message = refused(file);
        assertTrue(message.contains("zip entry 'sources/../../evil.sh' points outside the package's folder"), message);
    }

    @Test
    void aZipBomb_isRefusedByItsInflationRatio() {
        byte[] zeros = new byte[8 * 1024 * 1024];
        byte[] file = Qdpx.withProject("project.qde", Qdpx.project("Ond", SOURCE))
                .file("sources/" + GUID + ".txt", zeros).zip();
        assertTrue(file.length < 100_000, "the package is small: " + file.length);
        String message = refused(file);
        assertTrue(message.contains("times its size (a zip bomb?)"), message);
    }

    @Test
    void aSourceOverTheSizeLimit_isRefused() {
        String text = "R: " + "Jeg har været ledig i mange år, og det har været svært. ".repeat(40) + "\n";
        byte[] file = Qdpx.withProject("project.qde", Qdpx.project("Ond", SOURCE))
                .source("sources/" + GUID + ".txt", text).zip();
        String message = refused(file, ImportOptions.defaults().withMaxFileBytes(1000));
        assertTrue(message.contains("is larger than the limit of 1000 bytes"), message);
    }

    @Test
    void notAZip_isRefusedWithAMessage() {
        String message = refused("R: dette er en tekstfil\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(message.contains("ond.qdpx"), message);
    }
}
