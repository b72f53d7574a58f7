package dk.kodetrae.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.Unit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On samarbejde.txt: the mentor code by hand on "bl.a. hver tirsdag" (sentence 3, first answer); by the rules,
 * samarbejde on sentence 2 (first answer), its rehab sub-code on sentence 1 (the interviewer's question) and
 * sanktioner on sentences 5 and 6 (second answer).
 */
class RetrievalTest {
    @TempDir
    Path dir;
    Project p;
    Retrieval retrieval;

    @BeforeEach
    void open() {
        p = CodedFixture.open(dir);
        retrieval = p.retrieval();
        p.autoCoder().applyAll("lille", "auto");
        p.codings().add(CodedFixture.document(p, "samarbejde").id(), CodedFixture.code(p, "mentor").id(),
                CodedFixture.find(p, "samarbejde", "bl.a. hver tirsdag"), "ane");
    }

    @AfterEach
    void close() {
        p.close();
    }

    private List<String> texts(Retrieval.Page page) {
        return page.passages().stream().map(Retrieval.Passage::text).toList();
    }

    @Test
    void codeView_listsPassagesWithContext_andSubcodesOnRequest() {
        long theme = CodedFixture.code(p, "samarbejde").id();
        assertEquals(List.of("Altså, det tværfaglige samarbejde fungerer godt."),
                texts(retrieval.codePassages(theme, false, Retrieval.Filter.all())));
        Retrieval.Page withSub = retrieval.codePassages(theme, true, Retrieval.Filter.all());
        assertEquals(2, withSub.total());
        assertEquals("Hvordan oplever du det tværfaglige samarbejde i rehabiliteringsteamet?", withSub.passages().getFirst().text());
        assertEquals(SpeakerRole.INTERVIEWER, withSub.passages().getFirst().role());
        assertTrue(withSub.passages().get(1).left().endsWith("R: "), withSub.passages().get(1).left());
    }

    @Test
    void codeView_filtersBySpeakerAndAttribute() {
        long theme = CodedFixture.code(p, "samarbejde").id();
        var respondents = new Retrieval.Filter(Map.of(), Optional.of(SpeakerRole.RESPONDENT), 0, 50, CodingFilter.ALL);
        assertEquals(1, retrieval.codePassages(theme, true, respondents).total());
        var kommuneB = new Retrieval.Filter(Map.of("kommune", Set.of("B")), Optional.empty(), 0, 50, CodingFilter.ALL);
        assertEquals(0, retrieval.codePassages(theme, true, kommuneB).total());
    }

    @Test
    void codeQueries_combineCodesByUnit() {
        assertEquals(2, retrieval.query("code:sanktioner", "", Unit.SENTENCE, Retrieval.Filter.all()).total());
        assertEquals(3, retrieval.query("code:sanktioner OR code:mentor", "", Unit.SENTENCE, Retrieval.Filter.all()).total());
        assertEquals(0, retrieval.query("code:sanktioner AND code:mentor", "", Unit.SENTENCE, Retrieval.Filter.all()).total());
        assertEquals(0, retrieval.query("code:sanktioner AND code:mentor", "", Unit.TURN, Retrieval.Filter.all()).total(),
                "they are in different turns");
        assertEquals(0, retrieval.query("code:mentor AND code:samarbejde", "", Unit.SENTENCE, Retrieval.Filter.all()).total());
        assertEquals(1, retrieval.query("code:mentor AND code:samarbejde", "", Unit.TURN, Retrieval.Filter.all()).total(),
                "no sentence has both, but the first answer (one turn) does");
    }

    @Test
    void codeQueries_notNearAndTextQuery() {
        assertEquals(List.of("Nu er der ingen sanktioner mere 😊 Søren og Åse på jobcentret er enige om, at det var en fejl."),
                texts(retrieval.query("code:sanktioner", "Åse", Unit.SENTENCE, Retrieval.Filter.all())));
        assertEquals(1, retrieval.query("code:sanktioner NOT code:samarbejde*", "chok", Unit.SENTENCE, Retrieval.Filter.all()).total());
        assertEquals(List.of("Vi mødes bl.a. hver tirsdag kl. 9.30 med sundhedskoordinatoren."),
                texts(retrieval.query("code:mentor NEAR/1 code:samarbejde", "", Unit.SENTENCE, Retrieval.Filter.all())));
        assertEquals(0, retrieval.query("code:mentor NEAR/1 code:sanktioner", "", Unit.SENTENCE, Retrieval.Filter.all()).total());
    }

    @Test
    void badCodeQuery_isExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> retrieval.query("code:sanktioner AND", "", Unit.SENTENCE, Retrieval.Filter.all()));
        assertTrue(e.getMessage().startsWith("cannot read the code query 'code:sanktioner AND'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> retrieval.query("code:findesikke", "", Unit.SENTENCE, Retrieval.Filter.all()));
    }

    /** Issue 18 §2: the code view and code queries count what the filter admits, and say which filter that was. */
    @Test
    void codeViewAndCodeQueries_countWhatTheCodingFilterAdmits() {
        long sanktioner = CodedFixture.code(p, "sanktioner").id();
        List<Long> auto = p.autoCoder().autoCodings(CodedFixture.document(p, "samarbejde").id(), sanktioner);
        assertEquals(2, auto.size(), "the rule coded two sentences");
        p.autoCoder().accept(List.of(auto.getFirst()), "ane");
        long mentor = CodedFixture.code(p, "mentor").id();

        for (CodingFilter f : CodingFilter.values()) {
            Retrieval.Filter filter = new Retrieval.Filter(Map.of(), Optional.empty(), 0, 50, f);
            Retrieval.Page page = retrieval.codePassages(sanktioner, false, filter);
            assertEquals(f, page.codings());
            assertEquals(switch (f) {
                case MANUAL -> 0;
                case REVIEWED -> 1;
                case ALL -> 2;
            }, page.total(), f.id());
            assertEquals(1, retrieval.codePassages(mentor, false, filter).total(), "the manual coding, " + f.id());
            assertEquals(page.total(), retrieval.query("code:sanktioner", "", Unit.SENTENCE, filter).total(), f.id());
        }
        Retrieval.Filter all = new Retrieval.Filter(Map.of(), Optional.empty(), 0, 50, CodingFilter.ALL);
        assertEquals(List.of("accepted", "unreviewed"), retrieval.codePassages(sanktioner, false, all).passages()
                .stream().map(Retrieval.Passage::review).toList());
    }
}
