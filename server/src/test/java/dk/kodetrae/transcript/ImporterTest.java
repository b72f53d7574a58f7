package dk.kodetrae.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import dk.kodetrae.corpus.AttributeType;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
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

    private ImportReport importPaths(List<Path> files, Path manifest) {
        return importer().importPaths(files, Optional.ofNullable(manifest), Importer.Progress.NONE);
    }

    private Importer importer() {
        return new Importer(corpus, ImportOptions.defaults().withActor("test"));
    }

    @Test
    void import_storesTurnsSentencesAndTypedAttributes() {
        ImportReport report = importPaths(List.of(Fixtures.path("transcripts")), Fixtures.path("manifest.csv"));

        assertEquals(4, report.documents());
        Document d = corpus.documentNamed("samarbejde").orElseThrow();
        assertEquals(Map.of("kommune", "A", "ressourceteam", "ja", "rolle", "borger",
                "interviewdato", "2015-03-04", "varighed", "62"), d.attributes());
        assertEquals(AttributeType.BOOLEAN, type("ressourceteam"));
        assertEquals(AttributeType.DATE, type("interviewdato"));
        assertEquals(AttributeType.NUMBER, type("varighed"));
        assertEquals("da", d.language());
        assertEquals("en", corpus.documentNamed("english").orElseThrow().language());
        List<Turn> turns = corpus.turns(d.id());
        assertEquals(4, turns.size());
        assertEquals(List.of(SpeakerRole.INTERVIEWER, SpeakerRole.RESPONDENT, SpeakerRole.INTERVIEWER,
                SpeakerRole.RESPONDENT), turns.stream().map(Turn::role).toList());
        assertEquals("00:01:05", turns.get(3).timestamp());
        assertEquals(7, turns.get(3).line());
    }

    private AttributeType type(String name) {
        return corpus.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().type();
    }

    @Test
    void import_offsetsAreUtf16UnitsIntoTheStoredText() {
        importPaths(List.of(Fixtures.path("transcripts/samarbejde.txt")), null);
        Document d = corpus.documentNamed("samarbejde").orElseThrow();
        String text = corpus.text(d.id());
        List<String> sentences = corpus.sentences(d.id()).stream()
                .map(s -> text.substring(s.span().start(), s.span().end())).toList();

        assertEquals(List.of(
                "Hvordan oplever du det tværfaglige samarbejde i rehabiliteringsteamet?",
                "Altså, det tværfaglige samarbejde fungerer godt.",
                "Vi mødes bl.a. hver tirsdag kl. 9.30 med sundhedskoordinatoren.",
                "Hvad med sanktioner?",
                "Sanktionen kom som et chok for mig.",
                "Nu er der ingen sanktioner mere 😊 Søren og Åse på jobcentret er enige om, at det var en fejl.",
                "Jeg håber f.eks. på en praktik i Brugsen."), sentences);
        Turn last = corpus.turns(d.id()).get(3);
        String turnText = text.substring(last.span().start(), last.span().end());
        assertTrue(turnText.startsWith("Sanktionen kom"));
        assertTrue(turnText.endsWith("i Brugsen."));
        int emoji = text.indexOf("😊");
        assertEquals("Søren", text.substring(emoji + 3, emoji + 8), "the emoji counts as two UTF-16 units");
        assertEquals(d.length(), text.length());
    }

    @Test
    void import_normalisesLineEndingsBomAndUnicodeOnce() throws IOException {
        Path file = dir.resolve("crlf.txt");
        String decomposed = "A\u030Angstr\u00F8m";
        Files.write(file, ("\uFEFFI: Hej\r\n\r\nR: " + decomposed + " og Aase.\r\n").getBytes(StandardCharsets.UTF_8));
        importPaths(List.of(file), null);
        String text = corpus.text(corpus.documentNamed("crlf").orElseThrow().id());
        assertEquals("I: Hej\n\nR: Ångstrøm og Aase.\n", text);
        assertEquals(1, "Å".length(), "NFC composes A + ring into one code unit");
    }

    @Test
    void import_warnsAboutTextBeforeTheFirstTag_withLineNumber() {
        ImportReport report = importPaths(List.of(Fixtures.path("transcripts/mentor.md")), null);
        assertTrue(report.warnings().stream().anyMatch(w -> w.line() == 1 && w.message().contains("before the first")),
                report.warnings().toString());
        List<Turn> turns = corpus.turns(corpus.documentNamed("mentor").orElseThrow().id());
        assertEquals(List.of("", "I", "R", "M", "Lise"), turns.stream().map(Turn::speaker).toList());
        assertEquals(SpeakerRole.OTHER, turns.getFirst().role());
        assertEquals(SpeakerRole.RESPONDENT, turns.get(4).role());
    }

    @Test
    void import_readsDocx() throws IOException {
        Path docx = dir.resolve("word.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("I: Hvordan går det med praktikken?");
            doc.createParagraph().createRun().setText("R: Den går godt. Jeg er på værkstedet tre dage om ugen.");
            try (var out = Files.newOutputStream(docx)) {
                doc.write(out);
            }
        }
        ImportReport report = importPaths(List.of(docx), null);
        assertEquals(2, report.turns());
        assertEquals(3, report.sentences());
    }

    @Test
    void import_refusesNonUtf8_namingFileAndEncoding_andChangesNothing() {
        ImportException e = assertThrows(ImportException.class, () -> importPaths(
                List.of(Fixtures.path("transcripts/samarbejde.txt"), Fixtures.path("bad/latin1.txt")), null));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().getFirst().file().endsWith("latin1.txt"));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("Windows-1252"), e.getMessage());
        assertProjectEmpty();
    }

    @Test
    void import_refusesEmptyFileAndFakeDocx_listingBoth() {
        ImportException e = assertThrows(ImportException.class, () -> importPaths(
                List.of(Fixtures.path("bad/empty.txt"), Fixtures.path("bad/not-a-docx.docx")), null));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("empty.txt: empty file"), e.getMessage());
        assertTrue(e.getMessage().contains("not-a-docx.docx: not a .docx file"), e.getMessage());
        assertProjectEmpty();
    }

    @Test
    void import_refusesZipBomb() throws IOException {
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(new byte[50 * 1024 * 1024]);
            zip.closeEntry();
        }
        ImportException e = assertThrows(ImportException.class, () -> importPaths(List.of(bomb), null));
        assertTrue(e.getMessage().contains("bomb.docx: refused as a possible zip bomb"), e.getMessage());
        assertProjectEmpty();
    }

    @Test
    void import_refusesFilesOverTheSizeLimit() {
        Importer small = new Importer(corpus, ImportOptions.defaults().withMaxFileBytes(100));
        ImportException e = assertThrows(ImportException.class, () -> small.importPaths(
                List.of(Fixtures.path("transcripts/samarbejde.txt")), Optional.empty(), Importer.Progress.NONE));
        assertTrue(e.getMessage().contains("samarbejde.txt: too large"), e.getMessage());
        assertProjectEmpty();
    }

    @Test
    void import_rejectsManifestWithBadValue_namingLineAndAttribute() {
        ImportException e = assertThrows(ImportException.class, () -> importPaths(
                List.of(Fixtures.path("transcripts")), Fixtures.path("bad/manifest-bad-value.csv")));
        assertTrue(e.getMessage().contains(
                "manifest-bad-value.csv line 3: attribute 'ressourceteam' must be ja/nej, got 'måske'"), e.getMessage());
        assertProjectEmpty();
    }

    @Test
    void import_rejectsManifestWithUnknownDocument() {
        ImportException e = assertThrows(ImportException.class, () -> importPaths(
                List.of(Fixtures.path("transcripts")), Fixtures.path("bad/manifest-unknown-document.csv")));
        assertTrue(e.getMessage().contains("line 3: unknown document 'interview-99'"), e.getMessage());
        assertProjectEmpty();
    }

    @Test
    void import_rejectsManifestWithDuplicateRow() {
        ImportException e = assertThrows(ImportException.class, () -> importPaths(
                List.of(Fixtures.path("transcripts")), Fixtures.path("bad/manifest-duplicate.csv")));
        assertTrue(e.getMessage().contains("line 3: duplicate row for document 'mentor' (first on line 2)"),
                e.getMessage());
    }

    @Test
    void import_rejectsManifestWithUnknownColumnType() throws IOException {
        Path manifest = dir.resolve("m.csv");
        Files.writeString(manifest, "document,kommune,alder:integer\nmentor,B,40\n");
        ImportException e = assertThrows(ImportException.class,
                () -> importPaths(List.of(Fixtures.path("transcripts")), manifest));
        assertTrue(e.getMessage().contains("unknown attribute type 'integer'"), e.getMessage());
    }

    @Test
    void import_refusesTheSameDocumentTwice() {
        importPaths(List.of(Fixtures.path("transcripts/samarbejde.txt")), null);
        ImportException e = assertThrows(ImportException.class,
                () -> importPaths(List.of(Fixtures.path("transcripts/samarbejde.txt")), null));
        assertTrue(e.getMessage().contains("duplicate document name 'samarbejde'"), e.getMessage());
        assertEquals(1, corpus.documents().size());
    }

    @Test
    void import_logsEveryDocumentInTheChangeLog() {
        importPaths(List.of(Fixtures.path("transcripts")), Fixtures.path("manifest.csv"));
        assertTrue(store.lastChange("document") > 0);
        int rows = store.read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery(
                    "SELECT COUNT(*) FROM change_log WHERE entity = 'document' AND actor = 'test'")) {
                return r.next() ? r.getInt(1) : -1;
            }
        });
        assertEquals(4, rows);
    }

    @Test
    void sentences_neverCrossTurnsAndLieInsideTheirTurn() {
        importPaths(List.of(Fixtures.path("transcripts")), null);
        for (Document d : corpus.documents()) {
            List<Turn> turns = corpus.turns(d.id());
            for (Sentence s : corpus.sentences(d.id())) {
                Turn t = turns.get(s.turnSeq());
                assertTrue(t.span().start() <= s.span().start() && s.span().end() <= t.span().end(), s + " in " + t);
            }
        }
    }

    private void assertProjectEmpty() {
        assertEquals(0, corpus.documents().size());
        assertEquals(0, corpus.attributes().size());
        assertEquals(0L, store.lastChange("document", "attribute"));
    }

}
