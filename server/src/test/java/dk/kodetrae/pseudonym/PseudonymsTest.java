package dk.kodetrae.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import dk.kodetrae.codebook.CodebookFiles;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidates, decisions and the key file on a real project (SQLite and Lucene on disk). */
class PseudonymsTest {
    @TempDir
    Path dir;
    Project project;
    Pseudonyms pseudonyms;

    @BeforeEach
    void open() {
        project = PseudonymFixture.open(dir);
        pseudonyms = project.pseudonyms();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Map<String, String> kinds(List<Candidate> candidates) {
        return candidates.stream().collect(Collectors.toMap(Candidate::original, c -> c.kind().key(), (a, b) -> a));
    }

    @Test
    void candidates_findPatternsAndNames_atTheirOffsets() {
        List<Candidate> all = pseudonyms.candidates(List.of());
        Map<String, String> kinds = kinds(all);
        assertEquals("person", kinds.get("Mette"));
        assertEquals("person", kinds.get("Ahmed"));
        assertEquals("address", kinds.get("Skovvej 12"));
        assertEquals("phone", kinds.get("20 30 40 50"));
        assertEquals("cpr", kinds.get("010203-1234"));
        assertEquals("email", kinds.get("mette.hansen@vestera.dk"));
        for (Candidate c : all) {
            String text = project.corpus().text(c.documentId());
            assertEquals(c.original(), text.substring(c.start(), c.end()), "offsets of " + c);
            assertTrue(text.substring(0, c.start()).endsWith(c.before()), "context before " + c);
            assertEquals("open", c.status());
        }
    }

    @Test
    void proposals_areOnePseudonymPerOriginal_acrossDocuments() {
        Map<String, List<String>> proposed = pseudonyms.candidates(List.of()).stream()
                .filter(c -> c.kind() == Kind.PERSON).collect(Collectors.groupingBy(Candidate::original,
                        Collectors.mapping(Candidate::pseudonym, Collectors.toList())));
        List<String> mette = proposed.get("Mette").stream().distinct().toList();
        List<String> ahmed = proposed.get("Ahmed").stream().distinct().toList();
        assertEquals(1, mette.size(), "one pseudonym for Mette: " + mette);
        assertEquals(1, ahmed.size(), "one pseudonym for Ahmed: " + ahmed);
        assertEquals(List.of("[Person A]", "[Person B]"), java.util.stream.Stream.of(mette.get(0), ahmed.get(0))
                .sorted().toList(), "in order of first occurrence, letters from A");
        assertTrue(proposed.get("Ahmed").size() >= 2, "Ahmed is in both documents: " + proposed);
    }

    @Test
    void listedName_isFound_andAcceptedOriginal_isFoundEverywhere() {
        pseudonyms.addName(new ListedName("Solgården", Kind.WORKPLACE), "lise");
        pseudonyms.decide(List.of(new Decision("Mette", Kind.PERSON, true, "[Borger A]")), "lise");
        List<Candidate> all = pseudonyms.candidates(List.of());
        Candidate workplace = all.stream().filter(c -> c.original().equals("Solgården")).findFirst().orElseThrow();
        assertEquals("list", workplace.source());
        assertEquals("[Arbejdsplads A]", workplace.pseudonym());
        List<Candidate> mette = all.stream().filter(c -> c.original().equals("Mette")).toList();
        assertEquals(3, mette.size(), "twice as a name, once before a genitive s: " + mette);
        assertTrue(mette.stream().allMatch(c -> c.status().equals("accepted") && c.pseudonym().equals("[Borger A]")));
    }

    @Test
    void rejected_isNotReplaced_andNotProposedAgain() {
        pseudonyms.decide(List.of(new Decision("Ahmed", Kind.PERSON, false, null)), "lise");
        List<Candidate> ahmed = pseudonyms.candidates(List.of()).stream()
                .filter(c -> c.original().equals("Ahmed")).toList();
        assertFalse(ahmed.isEmpty());
        assertTrue(ahmed.stream().allMatch(c -> c.status().equals("rejected") && c.pseudonym() == null));
    }

    @Test
    void key_isAFileOutsideTheProject_readableByItsOwnerOnly() throws Exception {
        pseudonyms.decide(List.of(new Decision("Mette", Kind.PERSON, true, "[Borger A]")), "lise");
        Path key = pseudonyms.keyFile();
        assertFalse(key.startsWith(project.directory().toAbsolutePath()), key.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertTrue(Files.readString(key).contains("[Borger A]"));
        try (var files = Files.walk(project.directory())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("[Borger A]"),
                        "the key's pseudonym is in " + f);
            }
        }
    }

    @Test
    void moveKeyFile_refusesAPlaceInsideTheProject_andMovesTheKey() {
        pseudonyms.decide(List.of(new Decision("Mette", Kind.PERSON, true, "[Borger A]")), "lise");
        PseudonymException inside = assertThrows(PseudonymException.class,
                () -> pseudonyms.moveKeyFile(project.directory().resolve("nøgle.json"), "lise"));
        assertEquals("pseudonym.keyInsideProject", inside.explanation().code());
        Path old = pseudonyms.keyFile();
        Path moved = pseudonyms.moveKeyFile(dir.resolve("sikkert drev/nøgle.json"), "lise");
        assertFalse(Files.exists(old));
        assertEquals(moved, pseudonyms.keyFile());
        assertEquals("[Borger A]", pseudonyms.key().decision("Mette").orElseThrow().pseudonym());
    }

    @Test
    void damagedKeyFile_isRefused_namingTheFile() throws Exception {
        Files.writeString(pseudonyms.keyFile(), "{\"format\": \"noget andet\"");
        PseudonymException e = assertThrows(PseudonymException.class, () -> pseudonyms.candidates(List.of()));
        assertEquals("pseudonym.keyUnreadable", e.explanation().code());
        assertTrue(e.getMessage().contains(pseudonyms.keyFile().toString()), e.getMessage());
    }

    private long documentContaining(String passage) {
        return project.corpus().documents().stream().filter(d -> project.corpus().text(d.id()).contains(passage))
                .findFirst().orElseThrow().id();
    }

    private Coding code(String passage) {
        long document = documentContaining(passage);
        int at = project.corpus().text(document).indexOf(passage);
        long code = project.codebooks().codes("lille").get(0).id();
        return project.codings().add(document, code, new Span(at, at + passage.length()), "lise");
    }

    @Test
    void apply_replacesEveryAcceptedOriginal_andUntouchedCodingsKeepTheirText() throws Exception {
        project.codebooks().load(CodebookFiles.read("codebook-lille.json",
                Files.readAllBytes(Fixtures.path("codebook-lille.json"))), "test");
        Coding untouched = code("Hvor arbejdede du før?");
        Coding later = code("Øh, det var godt.");
        pseudonyms.addName(new ListedName("Solgården", Kind.WORKPLACE), "lise");
        pseudonyms.decide(List.of(new Decision("Mette", Kind.PERSON, true, "[Borger A]")), "lise");
        List<Pseudonyms.Applied> applied = pseudonyms.apply(List.of(), true, "lise");

        assertEquals(2, applied.size());
        String first = project.corpus().text(documentContaining("Hvor arbejdede"));
        String second = project.corpus().text(documentContaining("Øh, det var godt."));
        for (String text : List.of(first, second)) {
            for (String original : List.of("Mette", "Ahmed", "Solgården", "Skovvej 12", "20 30 40 50",
                    "010203-1234", "mette.hansen@")) {
                assertFalse(text.contains(original), original + " is still in " + text);
            }
        }
        assertTrue(first.contains("Jeg hedder [Borger A], og jeg bor på [adresse 1]."), first);
        assertTrue(first.contains("[Borger A]s mand"), "the genitive s stays: " + first);
        assertTrue(second.contains("Så ringede jeg til [Borger A]."), second);
        assertEquals(Set.of(project.corpus().documents().get(0).id(), project.corpus().documents().get(1).id()),
                pseudonyms.pseudonymised());
        for (Coding c : List.of(untouched, later)) {
            Coding now = project.codings().get(c.id()).orElseThrow();
            String text = project.corpus().text(now.documentId());
            assertEquals(c.span().end() - c.span().start(), now.span().end() - now.span().start());
            assertTrue(List.of("Hvor arbejdede du før?", "Øh, det var godt.")
                    .contains(text.substring(now.span().start(), now.span().end())), now.toString());
        }
        assertTrue(pseudonyms.candidates(List.of()).isEmpty(), "pseudonyms are no new candidates");
    }

    @Test
    void apply_refusesADocumentWithOpenCandidates_andChangesNothing() {
        String before = project.corpus().text(project.corpus().documents().get(0).id());
        PseudonymException e = assertThrows(PseudonymException.class, () -> pseudonyms.apply(List.of(), false, "x"));
        assertEquals("pseudonym.undecided", e.explanation().code());
        assertEquals(before, project.corpus().text(project.corpus().documents().get(0).id()));
        assertEquals(Set.of(), pseudonyms.pseudonymised());
    }

    @Test
    void reidentify_showsTheOriginalBesideThePseudonym_andIsLogged() {
        pseudonyms.decide(List.of(new Decision("Mette", Kind.PERSON, true, "[Borger A]")), "lise");
        pseudonyms.apply(List.of(), true, "lise");
        long second = documentContaining("ringede jeg");
        String text = project.corpus().text(second);
        int at = text.indexOf("ringede");
        assertEquals("ringede jeg til [Borger A] ⟨Mette⟩.", pseudonyms.reidentify(second, at, at + 27, "lise"));
        var logged = project.store().recentChanges(1).get(0);
        assertEquals("reidentify", logged.action());
        assertEquals("lise", logged.actor());
        assertFalse(logged.detail().contains("Mette"), "the log names the passage, not its text");
    }
}
