package dk.kodetrae.deletion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.codebook.Code;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Replacement;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchRequest;
import dk.kodetrae.store.Store;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A delete leaves no trace: a word written only into what is deleted is afterwards in no file of the project folder,
 * not in the database, its log, or the index; while the change log still says what was deleted and by whom.
 */
class DeletionsTest {
    /** Written only into the things deleted; Danish letters so that the scan covers their UTF-8 bytes. */
    private static final String WORD = "Qzxøvårpel";

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Project p;

    @BeforeEach
    void open() {
        p = CodedFixture.open(dir.resolve("projekt"));
    }

    @AfterEach
    void close() {
        p.close();
    }

    private Document importSecret() throws IOException {
        Path file = files.resolve("interview-" + WORD + ".txt");
        Files.writeString(file, "I: Hvad hedder du?\n\nR: Jeg hedder " + WORD + " og bor i Ålborg 😊. " + WORD
                + " er mit navn.\n", StandardCharsets.UTF_8);
        p.importPaths(List.of(file), Optional.empty(), ImportOptions.defaults().withActor("ane"),
                Importer.Progress.NONE);
        return p.corpus().documentNamed("interview-" + WORD).orElseThrow();
    }

    /** The files of the project folder that hold the word, in any case (the index keeps words lower-cased). */
    private List<String> filesHolding(String word) throws IOException {
        byte[][] needles = {word.getBytes(StandardCharsets.UTF_8),
            word.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8)};
        List<String> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(p.directory())) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (byte[] needle : needles) {
                    if (indexOf(bytes, needle) >= 0) {
                        out.add(p.directory().relativize(f).toString());
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void deleteDocument_withCodingsMemosAndVersions_leavesTheWordInNoFile() throws IOException {
        Document d = importSecret();
        long code = CodedFixture.code(p, "sanktioner").id();
        String text = p.corpus().text(d.id());
        int at = text.indexOf(WORD);
        p.codings().add(d.id(), code, new Span(at, at + WORD.length()), "ane");
        p.memos().add("document", d.id(), "ane", "Husk: " + WORD + " er pseudonymiseret forkert");
        p.revisions().edit(d.id(), List.of(new Replacement(at, at + WORD.length(), WORD + "-Hansen")), "bo");
        assertTrue(p.index().search(SearchRequest.of(WORD.toLowerCase(java.util.Locale.ROOT))).total() > 0);
        List<String> before = filesHolding(WORD);
        assertTrue(before.stream().anyMatch(f -> f.startsWith("index")), "the scan finds the word in the index: "
                + before);
        assertTrue(before.stream().anyMatch(f -> f.startsWith("project.db")), "and in the store: " + before);

        Deleted deleted = p.deletions().document(d.id(), "ane");

        assertEquals(List.of(), filesHolding(WORD));
        assertEquals(List.of(), filesHolding("Hansen pseudonymiseret"));
        assertEquals(1, deleted.codings());
        assertEquals(1, deleted.memos());
        assertTrue(p.corpus().document(d.id()).isEmpty());
        assertEquals(0, p.index().search(SearchRequest.of(WORD.toLowerCase(java.util.Locale.ROOT))).total());
        Store.LoggedChange last = p.store().recentChanges(1).getFirst();
        assertEquals(List.of("ane", "delete", "document", Long.toString(d.id())),
                List.of(last.actor(), last.action(), last.entity(), last.entityId()));
        assertTrue(p.store().recentChanges(1000).stream().anyMatch(ch -> ch.action().equals("import")
                && ch.entityId() != null && ch.entityId().equals(Long.toString(d.id())) && ch.detail() == null),
                "the import is still logged, its detail (the name) erased");
        assertEquals("ok", p.store().integrityCheck());
    }

    @Test
    void deleteCode_andMemo_leaveTheirNamesAndTextsInNoFile() throws IOException {
        Code secret = p.codebooks().add("lille", null, WORD + " fortrolig", "#123456", "ane");
        long doc = CodedFixture.document(p, "samarbejde").id();
        p.codings().add(doc, secret.id(), new Span(0, 10), "ane");
        p.codings().undo("ane");
        p.codings().redo("ane");
        long memo = p.memos().add("document", doc, "bo", "Notat om " + WORD.toUpperCase(java.util.Locale.ROOT)).id();
        assertFalse(filesHolding(WORD).isEmpty());

        p.deletions().code(secret.id(), "ane");
        p.deletions().memo(memo, "bo");

        assertEquals(List.of(), filesHolding(WORD));
        assertEquals(List.of(), filesHolding(WORD.toUpperCase(java.util.Locale.ROOT)));
        assertTrue(p.codings().forDocument(doc).stream().noneMatch(k -> k.codeId() == secret.id()));
        assertEquals("ok", p.store().integrityCheck());
    }
}
