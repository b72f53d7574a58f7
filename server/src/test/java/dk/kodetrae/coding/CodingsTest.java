package dk.kodetrae.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.history.Step;
import dk.kodetrae.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodingsTest {
    @TempDir
    Path dir;
    Project p;
    Codings codings;
    long doc;
    long code;

    @BeforeEach
    void open() {
        p = CodedFixture.open(dir);
        codings = p.codings();
        doc = CodedFixture.document(p, "samarbejde").id();
        code = CodedFixture.code(p, "sanktioner").id();
    }

    @AfterEach
    void close() {
        p.close();
    }

    private List<String> codedTexts() {
        String text = p.corpus().text(doc);
        return codings.forDocument(doc).stream().map(k -> text.substring(k.span().start(), k.span().end())).toList();
    }

    @Test
    void add_storesExactlyTheSelectedCharacters_withDanishLettersAndEmoji() {
        Span span = CodedFixture.find(p, "samarbejde", "sanktioner mere 😊 Søren og Åse");
        Coding k = codings.add(doc, code, span, "ane");
        assertEquals(List.of("sanktioner mere 😊 Søren og Åse"), codedTexts());
        assertEquals(Origin.MANUAL, k.origin());
        p.close();
        p = Project.open(dir);
        codings = p.codings();
        assertEquals(List.of("sanktioner mere 😊 Søren og Åse"), codedTexts(), "durable across a reopen");
    }

    @Test
    void add_refusesSpansOutsideTheDocumentOrSplittingAnEmoji() {
        int length = p.corpus().text(doc).length();
        assertThrows(CodingException.class, () -> codings.add(doc, code, new Span(length - 2, length + 1), "ane"));
        assertThrows(CodingException.class, () -> codings.add(doc, code, new Span(5, 5), "ane"));
        int emoji = p.corpus().text(doc).indexOf("😊");
        CodingException e = assertThrows(CodingException.class, () -> codings.add(doc, code, new Span(emoji + 1, emoji + 5), "ane"));
        assertTrue(e.getMessage().contains("splits a character"), e.getMessage());
        assertThrows(CodingException.class, () -> codings.add(doc, 9999, new Span(0, 4), "ane"));
        assertEquals(List.of(), codings.forDocument(doc));
    }

    @Test
    void overlappingCodings_areKeptSeparately() {
        codings.add(doc, code, new Span(10, 40), "ane");
        codings.add(doc, CodedFixture.code(p, "samarbejde").id(), new Span(20, 60), "bo");
        assertEquals(2, codings.forDocument(doc).size());
    }

    @Test
    void undoAndRedo_walkBackAndForthThroughOneCodersActions() {
        Coding a = codings.add(doc, code, new Span(0, 10), "ane");
        codings.adjust(a.id(), new Span(0, 12), "ane");
        Coding b = codings.add(doc, code, new Span(30, 40), "ane");
        codings.remove(b.id(), "ane");

        assertEquals(Optional.of("remove"), codings.undo("ane").map(Step::action));
        assertEquals(2, codings.forDocument(doc).size());
        assertEquals(Optional.of("add"), codings.undo("ane").map(Step::action));
        assertEquals(Optional.of("adjust"), codings.undo("ane").map(Step::action));
        assertEquals(new Span(0, 10), codings.get(a.id()).orElseThrow().span());
        assertEquals(Optional.of("adjust"), codings.redo("ane").map(Step::action));
        assertEquals(new Span(0, 12), codings.get(a.id()).orElseThrow().span());
        assertEquals(Optional.of("add"), codings.redo("ane").map(Step::action));
        assertEquals(b.id(), codings.get(b.id()).orElseThrow().id(), "a redone coding keeps its id");
    }

    @Test
    void undo_isPerCoder_andANewActionClearsRedo() {
        codings.add(doc, code, new Span(0, 10), "ane");
        codings.add(doc, code, new Span(20, 30), "bo");
        assertEquals(Optional.of("add"), codings.undo("ane").map(Step::action));
        assertEquals(List.of(new Span(20, 30)), codings.forDocument(doc).stream().map(Coding::span).toList());
        codings.add(doc, code, new Span(50, 60), "ane");
        assertEquals(Optional.empty(), codings.redo("ane").map(Step::action));
        assertEquals(Optional.empty(), codings.redo("bo").map(Step::action));
    }

    @Test
    void everyChange_isInTheChangeLogWithItsCoder() {
        Coding k = codings.add(doc, code, new Span(0, 10), "ane");
        codings.remove(k.id(), "ane");
        codings.undo("ane");
        List<String> actions = p.store().read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var s = c.createStatement(); var r = s.executeQuery(
                    "SELECT actor || ':' || action FROM change_log WHERE entity = 'coding' ORDER BY seq")) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
        assertEquals(List.of("ane:add", "ane:remove", "ane:undo-remove"), actions);
    }

    @Test
    void addImported_keepsTheToolAndTheOriginalCoder_needsNoReview_andIsRefusedWholeForOneBadSpan() {
        Span span = CodedFixture.find(p, "samarbejde", "Søren og Åse");
        List<Coding> added = codings.addImported("NVivo", List.of(
                new Codings.ImportedCoding(doc, code, span, "Karen", "2024-05-01T10:00:00Z")), "ane");
        Coding k = codings.get(added.getFirst().id()).orElseThrow();
        assertEquals(new Origin.Imported("NVivo"), k.origin());
        assertEquals("Karen", k.coder());
        assertEquals("2024-05-01T10:00:00Z", k.created());
        assertEquals(Review.NOT_NEEDED, k.review());
        int emoji = p.corpus().text(doc).indexOf("😊");
        assertThrows(CodingException.class, () -> codings.addImported("MAXQDA", List.of(
                new Codings.ImportedCoding(doc, code, new Span(0, 4), null, null),
                new Codings.ImportedCoding(doc, code, new Span(emoji + 1, emoji + 3), null, null)), "ane"));
        assertEquals(1, codings.forDocument(doc).size(), "nothing of a refused import is stored");
        assertTrue(codings.next("ane").undo().isEmpty(), "an import is not a step of the coder's history");
    }
}
