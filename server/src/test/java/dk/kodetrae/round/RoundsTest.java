package dk.kodetrae.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.coding.CodingException;
import dk.kodetrae.coding.Viewer;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds and consensus on a real project: what a round hides, and what a decision writes and takes back. */
class RoundsTest {
    @TempDir
    Path dir;
    Project p;
    long document;
    long sanctions;
    long mentor;

    @BeforeEach
    void open() {
        p = CodedFixture.open(dir);
        document = CodedFixture.document(p, "samarbejde").id();
        sanctions = CodedFixture.code(p, "sanktioner").id();
        mentor = CodedFixture.code(p, "mentor").id();
    }

    @AfterEach
    void close() {
        p.close();
    }

    private Round round(List<Long> codes) {
        return p.rounds().open(new NewRound("Runde", "lille", codes, List.of(document), List.of("anna", "bø"), false,
                null), "forsker");
    }

    private Coding code(long code, String passage, String coder) {
        return p.codings().add(document, code, CodedFixture.find(p, "samarbejde", passage), coder);
    }

    @Test
    void aRoundOfSomeCodes_hidesOnlyCodingsOfThoseCodes() {
        round(List.of(sanctions));
        code(sanctions, "Sanktionen kom som et chok", "bø");
        code(mentor, "Søren og Åse", "bø");
        List<Coding> seen = p.codings().forDocument(document, Viewer.named("anna"));
        assertEquals(List.of(mentor), seen.stream().map(Coding::codeId).toList());
    }

    @Test
    void twoOpenRounds_eachHideTheirOwnScope_andClosingOneLeavesTheOtherBlind() {
        Round first = round(List.of(sanctions));
        round(List.of(mentor));
        code(sanctions, "Sanktionen kom som et chok", "bø");
        code(mentor, "Søren og Åse", "bø");
        assertEquals(0, p.codings().forDocument(document, Viewer.named("anna")).size());
        p.rounds().close(first.id(), "forsker");
        assertEquals(List.of(sanctions), p.codings().forDocument(document, Viewer.named("anna")).stream()
                .map(Coding::codeId).toList());
        RoundException again = assertThrows(RoundException.class, () -> p.rounds().close(first.id(), "forsker"));
        assertEquals("round.closed", again.explanation().code());
    }

    @Test
    void consensus_refusesWhatDoesNotFitTheRound_andWritesNothing() {
        Round r = round(List.of(sanctions));
        Coding outsider = code(sanctions, "Sanktionen kom som et chok", "carl");
        p.rounds().close(r.id(), "forsker");
        RoundException notACoder = assertThrows(RoundException.class, () -> p.consensus().decide(r.id(),
                new Consensus.Request(document, sanctions, "take", outsider.id(), null, null), "forsker"));
        assertEquals("consensus.takenCoding", notACoder.explanation().code());
        RoundException otherCode = assertThrows(RoundException.class, () -> p.consensus().decide(r.id(),
                new Consensus.Request(document, mentor, "adjust", null, 0, 5), "forsker"));
        assertEquals("consensus.code", otherCode.explanation().code());
        RoundException backwards = assertThrows(RoundException.class, () -> p.consensus().decide(r.id(),
                new Consensus.Request(document, sanctions, "adjust", null, 9, 3), "forsker"));
        assertEquals("consensus.span", backwards.explanation().code());
        int emoji = CodedFixture.find(p, "samarbejde", "😊").start();
        assertThrows(CodingException.class, () -> p.consensus().decide(r.id(), new Consensus.Request(document,
                sanctions, "adjust", null, emoji - 5, emoji + 1), "forsker"), "the end splits the emoji");
        assertEquals(List.of(), p.consensus().decisions(r.id()));
        assertEquals(1, p.codings().forDocument(document, Viewer.NOBODY).size());
    }

    @Test
    void aConsensusDecision_isUndoneAndRedone_withItsCoding() {
        Round r = round(List.of());
        Span span = CodedFixture.find(p, "samarbejde", "Søren og Åse");
        p.rounds().close(r.id(), "forsker");
        Decision d = p.consensus().decide(r.id(), new Consensus.Request(document, sanctions, "adjust", null,
                span.start(), span.end()), "forsker");
        assertEquals("konsensus", p.codings().get(d.codingId()).orElseThrow().coder());
        assertTrue(p.codings().undo("forsker").isPresent());
        assertEquals(List.of(), p.consensus().decisions(r.id()));
        assertTrue(p.codings().get(d.codingId()).isEmpty());
        assertTrue(p.codings().redo("forsker").isPresent());
        assertEquals(1, p.consensus().decisions(r.id()).size());
        assertEquals(span, p.codings().get(d.codingId()).orElseThrow().span());
    }
}
