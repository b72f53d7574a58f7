package dk.kodetrae.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebooksTest {
    @TempDir
    Path dir;
    Project p;
    Codebooks books;

    @BeforeEach
    void open() {
        p = CodedFixture.open(dir);
        books = p.codebooks();
    }

    @AfterEach
    void close() {
        p.close();
    }

    private List<String> keysInOrder() {
        return books.codes("lille").stream().map(Code::key).toList();
    }

    @Test
    void codes_comeInTreePreOrder() {
        assertEquals(List.of("samarbejde", "samarbejde-rehab", "sanktioner", "mentor"), keysInOrder());
    }

    @Test
    void add_createsAnInVivoCodeWithAStableAsciiKey() {
        Code code = books.add("lille", CodedFixture.code(p, "sanktioner").id(), "Trussel om økonomisk straf", "#aa3300", "ane");
        assertEquals("trussel-om-oekonomisk-straf", code.key());
        assertEquals(CodedFixture.code(p, "sanktioner").id(), code.parentId());
        assertEquals("trussel-om-oekonomisk-straf-2", books.add("lille", null, "Trussel om økonomisk straf", null, "ane").key());
    }

    @Test
    void renameRecolourDescribe_areStored() {
        long id = CodedFixture.code(p, "mentor").id();
        books.edit(id, CodeEdit.rename("Mentorstøtte"), "ane");
        books.edit(id, CodeEdit.recolour("#123ABC"), "ane");
        Code code = books.code(id);
        assertEquals("Mentorstøtte", code.name());
        assertEquals("#123abc", code.color());
        assertTrue(p.store().lastChange("code") > 0);
    }

    @Test
    void move_underOwnSubcode_isRefusedAndChangesNothing() {
        long parent = CodedFixture.code(p, "samarbejde").id();
        long child = CodedFixture.code(p, "samarbejde-rehab").id();
        CodebookException e = assertThrows(CodebookException.class, () -> books.edit(parent, CodeEdit.move(child, 0), "ane"));
        assertTrue(e.isConflict());
        assertEquals(null, books.code(parent).parentId());
    }

    @Test
    void move_toAnotherParent_keepsTheTreeSound() {
        long mentor = CodedFixture.code(p, "mentor").id();
        books.edit(mentor, CodeEdit.move(CodedFixture.code(p, "samarbejde").id(), 5), "ane");
        assertEquals(List.of("samarbejde", "samarbejde-rehab", "mentor", "sanktioner"), keysInOrder());
    }

    @Test
    void merge_movesCodingsAndSubcodesToTheSurvivor() {
        long from = CodedFixture.code(p, "samarbejde").id();
        long into = CodedFixture.code(p, "mentor").id();
        long doc = CodedFixture.document(p, "samarbejde").id();
        p.codings().add(doc, from, CodedFixture.find(p, "samarbejde", "tværfaglige samarbejde"), "ane");
        assertEquals(1, books.merge(from, into, "ane"));
        assertEquals(List.of("sanktioner", "mentor", "samarbejde-rehab"), keysInOrder());
        assertEquals(into, p.codings().forDocument(doc).getFirst().codeId());
    }

    @Test
    void delete_removesSubcodesAndCodings_andReportsHowMany() {
        long theme = CodedFixture.code(p, "samarbejde").id();
        long sub = CodedFixture.code(p, "samarbejde-rehab").id();
        long doc = CodedFixture.document(p, "samarbejde").id();
        p.codings().add(doc, theme, new Span(0, 10), "ane");
        p.codings().add(doc, sub, new Span(20, 30), "ane");
        assertEquals(new Codebooks.Impact(2, 1), books.impact(theme));
        assertEquals(2, books.delete(theme, "ane"));
        assertEquals(List.of("sanktioner", "mentor"), keysInOrder());
        assertEquals(List.of(), p.codings().forDocument(doc), "no coding points at a deleted code");
    }

    @Test
    void load_refusesAnInvalidFile_listingEveryProblem() {
        CodebookFile bad = new CodebookFile(CodebookFile.FORMAT, "slet", "Slet", "", "", List.of(
                new CodebookFile.Entry("a", "b", "A", "", "#zzzzzz", "", "", "", "", new Rule("(sanktion", null, null)),
                new CodebookFile.Entry("a", null, "", "", null, "", "", "", "", null)));
        CodebookException e = assertThrows(CodebookException.class, () -> books.load(bad, "ane"));
        assertEquals(5, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("code 'a': parent 'b' is not defined before it"), e.getMessage());
        assertTrue(books.codebooks().stream().noneMatch(b -> b.id().equals("slet")));
    }

    @Test
    void load_refusesASecondCodebookWithTheSameId() {
        CodebookFile again = books.export("lille");
        assertTrue(assertThrows(CodebookException.class, () -> books.load(again, "ane")).isConflict());
    }
}
