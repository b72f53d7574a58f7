package dk.kodetrae.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rule by which spans follow an edit (docs/OFFSETS.md), on a Danish sentence with an emoji. */
class TextEditTest {
    private static final String TEXT = "Søren og Åse 😊 er enige om, at det var en fejl.";

    private static TextEdit edit(Replacement... replacements) {
        return TextEdit.of(TEXT, List.of(replacements));
    }

    private static Span span(String passage) {
        int at = TEXT.indexOf(passage);
        return new Span(at, at + passage.length());
    }

    @Test
    void apply_replacesEachRangeWithItsText() {
        Span aase = span("Åse");
        assertEquals("Søren og Aase 😊 er enige om, at det var en fejl!",
                edit(new Replacement(aase.start(), aase.end(), "Aase"), new Replacement(TEXT.length() - 1,
                        TEXT.length(), "!")).apply(TEXT));
    }

    @Test
    void map_spanAfterAChangeMovesAndKeepsItsText() {
        TextEdit e = edit(new Replacement(0, 5, "Mads-Ole"));
        Span fejl = span("fejl");
        TextEdit.Mapped m = e.map(fejl).orElseThrow();
        assertEquals("fejl", e.apply(TEXT).substring(m.span().start(), m.span().end()));
        assertEquals(false, m.touched());
    }

    @Test
    void map_spanBeforeAChangeKeepsItsOffsets_andInsertionsAtItsEdgesStayOutside() {
        Span soeren = span("Søren");
        TextEdit e = edit(new Replacement(soeren.end(), soeren.end(), " Å."), new Replacement(0, 0, "«"));
        TextEdit.Mapped m = e.map(soeren).orElseThrow();
        assertEquals(new Span(1, 6), m.span());
        assertEquals("Søren", e.apply(TEXT).substring(1, 6));
        assertEquals(false, m.touched());
    }

    @Test
    void map_spanAChangeOverlapsStretchesOverTheNewTextAndIsTouched() {
        Span enige = span("er enige om");
        Span emoji = span("😊");
        TextEdit e = edit(new Replacement(emoji.start(), emoji.end() + 3, "👍 var"));
        TextEdit.Mapped m = e.map(enige).orElseThrow();
        assertTrue(m.touched());
        assertEquals("👍 var enige om", e.apply(TEXT).substring(m.span().start(), m.span().end()));
    }

    @Test
    void map_insertionInsideASpanGrowsItAndTouchesIt() {
        Span all = span("Søren og Åse");
        int og = TEXT.indexOf(" og");
        TextEdit e = edit(new Replacement(og, og, " Jensen"));
        TextEdit.Mapped m = e.map(all).orElseThrow();
        assertTrue(m.touched());
        assertEquals("Søren Jensen og Åse", e.apply(TEXT).substring(m.span().start(), m.span().end()));
    }

    @Test
    void map_spanWhollyDeletedHasNoPlace() {
        Span aase = span("Åse");
        assertEquals(Optional.empty(), edit(new Replacement(aase.start() - 1, aase.end() + 1, "")).map(aase));
    }

    @Test
    void of_refusesRangesOutsideTheTextOverlappingOrSplittingAnEmoji() {
        int emoji = TEXT.indexOf("😊");
        assertThrows(IllegalArgumentException.class, () -> edit(new Replacement(0, TEXT.length() + 1, "x")));
        assertThrows(IllegalArgumentException.class, () -> edit(new Replacement(emoji + 1, emoji + 2, "x")));
        assertThrows(IllegalArgumentException.class,
                () -> edit(new Replacement(0, 5, "x"), new Replacement(4, 6, "y")));
        assertThrows(IllegalArgumentException.class,
                () -> edit(new Replacement(3, 3, "x"), new Replacement(3, 3, "y")));
        assertThrows(IllegalArgumentException.class, () -> edit());
    }
}
