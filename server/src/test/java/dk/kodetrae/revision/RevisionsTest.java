package dk.kodetrae.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.coding.Followed;
import dk.kodetrae.corpus.Replacement;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionsTest {
    @TempDir
    Path dir;
    Project p;
    long doc;
    long code;

    @BeforeEach
    void open() {
        p = CodedFixture.open(dir);
        doc = CodedFixture.document(p, "samarbejde").id();
        code = CodedFixture.code(p, "sanktioner").id();
    }

    @AfterEach
    void close() {
        p.close();
    }

    private String text() {
        return p.corpus().text(doc);
    }

    private Coding code(String passage) {
        return p.codings().add(doc, code, CodedFixture.find(p, "samarbejde", passage), "ane");
    }

    private String coded(long codingId) {
        Span s = p.codings().get(codingId).orElseThrow().span();
        return text().substring(s.start(), s.end());
    }

    private Replacement replace(String passage, String with) {
        Span s = CodedFixture.find(p, "samarbejde", passage);
        return new Replacement(s.start(), s.end(), with);
    }

    private int hits(String query) {
        return p.index().search(SearchRequest.of(query)).total();
    }

    @Test
    void edit_fixesAWord_untouchedCodingsKeepTheirText_anOverlappedOneIsFlagged() {
        Coding before = code("tværfaglige samarbejde fungerer");
        Coding after = code("Søren og Åse på jobcentret");
        Coding overlapped = code("ingen sanktioner mere 😊");

        Revision r = p.revisions().edit(doc, List.of(replace("tirsdag", "onsdag"), replace("mere 😊", "længere 🙂")),
                "ane");

        assertEquals(1, r.version());
        assertEquals("tværfaglige samarbejde fungerer", coded(before.id()));
        assertEquals("Søren og Åse på jobcentret", coded(after.id()));
        assertEquals("ingen sanktioner længere 🙂", coded(overlapped.id()));
        assertEquals(Map.of(overlapped.id(), 1), p.codings().flagged(doc));
        Map<Long, Followed.Fate> fates = new java.util.HashMap<>();
        r.codings().forEach(f -> fates.put(f.codingId(), f.fate()));
        assertEquals(Map.of(before.id(), Followed.Fate.KEPT, after.id(), Followed.Fate.MOVED,
                overlapped.id(), Followed.Fate.FLAGGED), fates);
        assertTrue(text().contains("hver onsdag kl. 9.30"), text());
    }

    @Test
    void edit_indexFindsTheNewTextAndNotTheOld_andTurnsAndSentencesFollow() {
        assertEquals(1, hits("sundhedskoordinatoren"));
        p.revisions().edit(doc, List.of(replace("sundhedskoordinatoren", "trivselskonsulenten")), "ane");
        assertEquals(0, hits("sundhedskoordinatoren"));
        assertEquals(1, hits("trivselskonsulenten"));
        String t = text();
        for (Turn turn : p.corpus().turns(doc)) {
            assertTrue(turn.span().end() <= t.length());
        }
        assertTrue(p.corpus().sentences(doc).stream().anyMatch(s ->
                t.substring(s.span().start(), s.span().end()).contains("trivselskonsulenten")));
    }

    @Test
    void edit_ofASpeakerTag_changesTheTurnsRole() {
        Span tag = CodedFixture.find(p, "samarbejde", "I: Hvad med sanktioner?");
        int turnsBefore = p.corpus().turns(doc).size();
        p.revisions().edit(doc, List.of(new Replacement(tag.start(), tag.start() + 1, "R")), "ane");
        List<Turn> turns = p.corpus().turns(doc);
        assertEquals(turnsBefore, turns.size());
        Turn asked = turns.stream().filter(t -> text().substring(t.span().start(), t.span().end())
                .startsWith("Hvad med sanktioner")).findFirst().orElseThrow();
        assertEquals("R", asked.speaker());
    }

    @Test
    void edit_thatDeletesEveryCharacterOfACoding_removesItAndKeepsWhereItWasInTheVersion() {
        Coding gone = code("Brugsen");
        Revision r = p.revisions().edit(doc, List.of(replace(" i Brugsen", "")), "bo");
        assertEquals(1, r.count(Followed.Fate.REMOVED));
        assertTrue(p.codings().get(gone.id()).isEmpty());
        Version v = p.revisions().versions(doc).getFirst();
        assertEquals("bo", v.actor());
        assertEquals(List.of(new Followed(gone.id(), code, gone.span(), null, Followed.Fate.REMOVED)), v.codings());
        assertEquals(" i Brugsen", v.edits().getFirst().removed());
    }

    @Test
    void textAt_readsEveryEarlierVersion_andPurgeLeavesOnlyTheCurrentOne() {
        String v0 = text();
        p.revisions().edit(doc, List.of(replace("Åse", "Aase")), "ane");
        String v1 = text();
        p.revisions().edit(doc, List.of(replace("Søren", "S."), replace("😊", "")), "bo");
        assertEquals(v0, p.revisions().textAt(doc, 0));
        assertEquals(v1, p.revisions().textAt(doc, 1));
        assertEquals(text(), p.revisions().textAt(doc, 2));
        assertEquals(2, p.revisions().versions(doc).size());

        assertEquals(2, p.revisions().purge(doc, "ane"));
        assertEquals(List.of(), p.revisions().versions(doc));
        RevisionException e = assertThrows(RevisionException.class, () -> p.revisions().textAt(doc, 1));
        assertEquals("version.purged", e.explanation().code());
        assertEquals(text(), p.revisions().textAt(doc, 2));
    }

    @Test
    void edit_refusesBadReplacements_andChangesNothing() {
        String before = text();
        int emoji = before.indexOf("😊");
        int altsaa = before.indexOf("Altså");
        List<List<Replacement>> bad = List.of(List.of(), List.of(new Replacement(0, before.length() + 1, "x")),
                List.of(new Replacement(emoji + 1, emoji + 2, "x")),
                List.of(new Replacement(5, 9, "x"), new Replacement(8, 12, "y")),
                List.of(new Replacement(altsaa + 1, altsaa + 1, "\u030A")), List.of(replace("Åse", "Åse")));
        for (List<Replacement> edit : bad) {
            assertThrows(RevisionException.class, () -> p.revisions().edit(doc, edit, "ane"), edit.toString());
        }
        assertEquals(before, text());
        assertEquals(0, p.revisions().current(doc).version());
    }

    @Test
    void edit_combiningMarkComposedWithItsLetter_isStoredAsOneCharacter() {
        p.revisions().edit(doc, List.of(replace("Åse", "A\u030Asa")), "ane");
        assertTrue(text().contains("Søren og \u00C5sa"), "the inserted text is normalised to NFC");
    }

    @Test
    void edit_onAVersionThatIsNoLongerCurrent_isRefusedAsAConflict() {
        p.revisions().edit(doc, 0, List.of(replace("Åse", "Aase")), "ane");
        RevisionException e = assertThrows(RevisionException.class,
                () -> p.revisions().edit(doc, 0, List.of(replace("Søren", "S.")), "bo"));
        assertEquals(409, e.status());
        assertTrue(text().contains("Søren"));
    }

    @Test
    void edit_isDurable_andItsIndexIsCurrentAfterAReopen() {
        code("Søren og Åse");
        p.revisions().edit(doc, List.of(replace("Brugsen", "Netto")), "ane");
        p.close();
        p = Project.open(dir);
        assertEquals(false, p.index().rebuiltOnOpen());
        assertEquals(1, hits("Netto"));
        assertEquals(0, hits("Brugsen"));
        assertEquals(1, p.revisions().current(doc).version());
    }
}
