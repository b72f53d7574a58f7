package dk.kodetrae.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.codebook.CodeEdit;
import dk.kodetrae.codebook.Rule;
import dk.kodetrae.coding.AutoCoder;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.coding.Review;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo takes back exactly the coder's last action, whichever it was, and says what it is before it does. */
class UndoTest {
    @TempDir
    Path dir;
    Project p;
    Codings codings;
    AutoCoder auto;
    long samarbejde;
    long mentorDoc;
    long sanktioner;

    @BeforeEach
    void open() {
        p = CodedFixture.open(dir);
        codings = p.codings();
        auto = p.autoCoder();
        samarbejde = CodedFixture.document(p, "samarbejde").id();
        mentorDoc = CodedFixture.document(p, "mentor").id();
        sanktioner = CodedFixture.code(p, "sanktioner").id();
    }

    @AfterEach
    void close() {
        p.close();
    }

    private long code(String key) {
        return CodedFixture.code(p, key).id();
    }

    /**
     * The reported bug: undo after a rejection took back the coder's last *manual* coding (in another document)
     * and left the rejection, because reviews were not in the history at all.
     */
    @Test
    void undo_afterARejection_takesBackTheRejection_andLeavesAnEarlierCodingElsewhere() {
        auto.apply(sanktioner, "ane");
        Coding manual = codings.add(mentorDoc, code("mentor"), new Span(0, 12), "bo");
        long rejected = auto.autoCodings(samarbejde, sanktioner).getFirst();
        auto.reject(List.of(rejected), "bo");

        Step step = codings.undo("bo").orElseThrow();

        assertEquals("reject", step.action());
        assertEquals("reject 'Sanktioner' in samarbejde", step.text());
        assertEquals(Review.UNREVIEWED, codings.get(rejected).orElseThrow().review(), "the rejection is taken back");
        assertEquals(Optional.of(manual), codings.get(manual.id()), "the coding in the other document stays");
    }

    @Test
    void undo_afterAnAcceptance_takesBackTheAcceptance_andRedoAcceptsAgain() {
        auto.apply(sanktioner, "ane");
        Coding manual = codings.add(mentorDoc, code("mentor"), new Span(0, 12), "bo");
        long accepted = auto.autoCodings(samarbejde, sanktioner).getFirst();
        auto.accept(List.of(accepted), "bo");
        Map<String, Map<String, Object>> afterAccept = ProjectRows.of(p);

        assertEquals("accept", codings.undo("bo").orElseThrow().action());
        assertEquals(Review.UNREVIEWED, codings.get(accepted).orElseThrow().review());
        assertTrue(codings.get(manual.id()).isPresent());
        assertEquals("accept", codings.redo("bo").orElseThrow().action());
        assertEquals(afterAccept, ProjectRows.of(p));
    }

    @Test
    void next_describesTheUndoAndTheRedo_beforeEitherIsDone() {
        auto.apply(sanktioner, "ane");
        auto.reject(List.of(auto.autoCodings(samarbejde, sanktioner).getFirst()), "bo");
        assertEquals("reject 'Sanktioner' in samarbejde", codings.next("bo").undo().orElseThrow().text());
        assertEquals(new About("Sanktioner", "samarbejde", null, 1), codings.next("bo").undo().orElseThrow().about());
        assertTrue(codings.next("bo").redo().isEmpty());
        codings.undo("bo");
        assertEquals("reject", codings.next("bo").redo().orElseThrow().action());
        assertEquals("autocode", codings.next("ane").undo().orElseThrow().action(), "each coder has their own");
    }

    /** Each action, undone and redone on its own: the project is exactly as before, then exactly as after. */
    @Test
    void everyCoderAction_isUndoneAndRedoneExactly() {
        Coding kept = codings.add(samarbejde, sanktioner, new Span(5, 25), "ane");
        auto.apply(code("samarbejde"), "ane");
        List<Long> autos = auto.autoCodings(samarbejde, null);
        Map<String, Runnable> actions = new java.util.LinkedHashMap<>();
        actions.put("add", () -> codings.add(samarbejde, sanktioner, new Span(30, 44), "ane"));
        actions.put("batch add", () -> codings.addAll(sanktioner, List.of(new Codings.Passage(samarbejde,
                new Span(1, 3)), new Codings.Passage(mentorDoc, new Span(2, 9))), "ane"));
        actions.put("remove", () -> codings.remove(kept.id(), "ane"));
        actions.put("adjust", () -> codings.adjust(kept.id(), new Span(4, 30), "ane"));
        actions.put("accept", () -> auto.accept(List.of(autos.getFirst()), "ane"));
        actions.put("reject", () -> auto.reject(List.of(autos.getFirst()), "ane"));
        actions.put("accept all", () -> auto.accept(autos, "ane"));
        actions.put("reject all", () -> auto.reject(autos, "ane"));
        actions.put("autocode", () -> auto.apply(sanktioner, "ane"));
        actions.put("code add", () -> p.codebooks().add("lille", sanktioner, "Økonomi 😊", null, "ane"));
        actions.put("code edit", () -> p.codebooks().edit(code("samarbejde"),
                CodeEdit.newRule(new Rule("tværfaglige", "turn", "any")), "ane"));
        actions.put("code move", () -> p.codebooks().edit(code("mentor"), CodeEdit.move(sanktioner, 0), "ane"));
        actions.put("code merge", () -> p.codebooks().merge(code("samarbejde"), sanktioner, "ane"));
        actions.put("code delete", () -> p.codebooks().delete(code("samarbejde"), "ane"));
        actions.forEach((name, action) -> {
            Map<String, Map<String, Object>> before = ProjectRows.of(p);
            action.run();
            Map<String, Map<String, Object>> after = ProjectRows.of(p);
            assertNotEquals(before, after, name + " changes something");
            assertTrue(codings.undo("ane").isPresent(), name);
            assertEquals(before, ProjectRows.of(p), "undo of " + name);
            assertTrue(codings.redo("ane").isPresent(), name);
            assertEquals(after, ProjectRows.of(p), "redo of " + name);
            assertTrue(codings.undo("ane").isPresent(), name);
            assertEquals(before, ProjectRows.of(p), "undo again of " + name);
        });
    }

    @Test
    void undo_ofAStepSomeoneChangedSince_isRefusedChangesNothing_andMovesOn() {
        Coding first = codings.add(mentorDoc, code("mentor"), new Span(0, 5), "ane");
        Coding k = codings.add(samarbejde, sanktioner, new Span(0, 10), "ane");
        codings.adjust(k.id(), new Span(0, 20), "bo");
        Map<String, Map<String, Object>> before = ProjectRows.of(p);

        UndoRefusedException e = assertThrows(UndoRefusedException.class, () -> codings.undo("ane"));

        assertTrue(e.getMessage().startsWith("cannot undo 'add 'Sanktioner' in samarbejde': coding " + k.id()
                + " was changed since"), e.getMessage());
        assertEquals(before, ProjectRows.of(p));
        assertEquals("add 'Mentor' in mentor", codings.next("ane").undo().orElseThrow().text());
        codings.undo("ane");
        assertTrue(codings.get(first.id()).isEmpty());
    }

    @Test
    void undoingACodeAdd_isRefused_whenSomeoneHasCodedWithIt() {
        long added = p.codebooks().add("lille", null, "Tillid", "#112233", "ane").id();
        codings.add(samarbejde, added, new Span(0, 10), "bo");
        UndoRefusedException e = assertThrows(UndoRefusedException.class, () -> codings.undo("ane"));
        assertTrue(e.getMessage().contains("code 'Tillid' has codings or sub-codes now"), e.getMessage());
        assertEquals("Tillid", p.codebooks().code(added).name());
    }

    @Test
    void undoAndRedo_areInTheChangeLog_andSayWhat() {
        auto.apply(sanktioner, "ane");
        long id = auto.autoCodings(samarbejde, sanktioner).getFirst();
        auto.reject(List.of(id), "bo");
        codings.undo("bo");
        List<String> log = p.store().recentChanges(2).stream()
                .map(c -> c.actor() + ":" + c.action() + ":" + c.entity() + ":" + c.entityId() + ":" + c.detail())
                .toList();
        assertTrue(log.contains("bo:undo-reject:coding:" + id + ":reject 'Sanktioner' in samarbejde"), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("bo:reject:coding:" + id + ":")
                && l.contains("\"origin\":\"auto\"") && l.contains("\"rule\":\"sanktion\"")
                && l.contains("\"reviewState\":\"rejected\"") && l.contains("\"reviewer\":\"bo\"")), log.toString());
    }
}
