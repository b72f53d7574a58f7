package dk.kodetrae.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import decides by a file's content first and its ending second: PDFs are read, other kinds refused with advice. */
class FileKindImportTest {
    /** A transcript as a word processor would print it: the respondent's answer wraps onto a second line. */
    static final List<List<String>> PDF_TRANSCRIPT = List.of(
            List.of("I: Hvordan gik mødet på jobcentret?"),
            List.of("R: Det gik fint. Søren fra kommunen var der også, og vi aftalte",
                    "en praktik i Brugsen."));

    @TempDir
    Path dir;
    Store store;
    Corpus corpus;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("project.db"), Fixtures.CLOCK);
        corpus = new Corpus(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportReport importSources(Importer.Source... sources) {
        return new Importer(corpus, ImportOptions.defaults().withActor("test"))
                .importSources(List.of(sources), Optional.empty(), List.of(), Importer.Progress.NONE);
    }

    private static Importer.Source fixture(String name) throws IOException {
        return new Importer.Source(name, Files.readAllBytes(Fixtures.path("kinds/" + name)));
    }

    @Test
    void pdf_isReadAsText_withWrappedLinesJoinedIntoOneSentence() {
        ImportReport report = importSources(new Importer.Source("møde.pdf", Fixtures.pdf(PDF_TRANSCRIPT)));

        assertEquals(List.of("møde"), report.documentNames());
        Document d = corpus.documentNamed("møde").orElseThrow();
        String text = corpus.text(d.id());
        List<Turn> turns = corpus.turns(d.id());
        assertEquals(2, turns.size(), text);
        assertEquals("Det gik fint. Søren fra kommunen var der også, og vi aftalte en praktik i Brugsen.",
                text.substring(turns.get(1).span().start(), turns.get(1).span().end()).strip());
        assertEquals(3, report.sentences(), "the wrapped sentence is one unit: " + text);
    }

    @Test
    void pdf_isReadByItsContent_whateverItsEnding() {
        importSources(new Importer.Source("udskrift.txt", Fixtures.pdf(PDF_TRANSCRIPT)));
        assertTrue(corpus.text(corpus.documentNamed("udskrift").orElseThrow().id()).contains("Søren fra kommunen"));
    }

    @Test
    void pdfWithoutText_isRefusedAsAScan() {
        ImportException e = assertThrows(ImportException.class,
                () -> importSources(new Importer.Source("scannet.pdf", Fixtures.pdf(List.of()))));
        assertTrue(e.getMessage().contains("scannet.pdf: a PDF without text (a scan?)"), e.getMessage());
    }

    @Test
    void audioRtfOdtAndImages_areRefusedSayingWhatTheyAreAndWhatToDo_andNothingChanges() throws IOException {
        ImportException e = assertThrows(ImportException.class, () -> importSources(
                new Importer.Source("god.txt", "I: Hej.\n\nR: Hej med dig.\n".getBytes(StandardCharsets.UTF_8)),
                fixture("interview.mp3"), fixture("lydfil.txt"), fixture("notes.rtf"), fixture("samtale.odt"),
                fixture("skaermbillede.png")));

        String m = e.getMessage();
        assertEquals(5, e.problems().size(), m);
        assertTrue(m.contains("interview.mp3: an audio file (MP3); transcribe it and import the transcript as "
                + ".txt, .md, .docx or .pdf"), m);
        assertTrue(m.contains("lydfil.txt: an audio file (MP3)"), m);
        assertTrue(m.contains("notes.rtf: an RTF document: open it in Word or LibreOffice and save it as .docx"), m);
        assertTrue(m.contains("samtale.odt: an OpenDocument text (.odt); Kodetræ does not read it: open it in "
                + "LibreOffice and save it as .docx"), m);
        assertTrue(m.contains("skaermbillede.png: an image (PNG)"), m);
        assertTrue(!m.contains("Windows-1252"), m);
        assertEquals(0, corpus.documents().size());
        assertEquals(0L, store.lastChange("document", "attribute"));
    }

    @Test
    void unknownBinary_isCalledBinary_notWindows1252() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        ImportException e = assertThrows(ImportException.class,
                () -> importSources(new Importer.Source("data.txt", binary)));
        assertTrue(e.getMessage().contains("data.txt: a binary file, not text"), e.getMessage());
    }

    @Test
    void unsupportedEnding_withTextContent_isRefusedNamingTheEnding() {
        ImportException e = assertThrows(ImportException.class, () -> importSources(
                new Importer.Source("noter.html", "<p>I: Hej</p>".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("noter.html: unsupported file type '.html'; Kodetræ imports .txt, .md, "
                + ".docx or .pdf"), e.getMessage());
    }

    @Test
    void folderImport_readsPdfs_andSkipsOtherKindsSayingWhatTheyAre() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("interviews"));
        Files.write(folder.resolve("møde.pdf"), Fixtures.pdf(PDF_TRANSCRIPT));
        Files.copy(Fixtures.path("kinds/interview.mp3"), folder.resolve("interview.mp3"));

        ImportReport report = new Importer(corpus, ImportOptions.defaults().withActor("test"))
                .importPaths(List.of(folder), Optional.empty(), Importer.Progress.NONE);

        assertEquals(List.of("møde"), report.documentNames());
        assertEquals(1, report.skipped().size());
        assertTrue(report.skipped().getFirst().contains("interview.mp3 (an audio file (MP3)"),
                report.skipped().getFirst());
    }
}
