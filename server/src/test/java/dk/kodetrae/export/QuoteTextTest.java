package dk.kodetrae.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteTextTest {
    /** Three sentences of 22, 21 and 15 characters; normalised, the first two are 44 and the whole is 60. */
    private static final Excerpt THREE = ExportFixtures.excerpt(List.of(ExportFixtures.MOEDER), "borger-02",
            Map.of(), "", 0, "Vi mødes hver tirsdag.\n\nDet hjælper os meget. Men ikke altid.",
            "Vi mødes hver tirsdag.", "Det hjælper os meget.", "Men ikke altid.");

    @Test
    void normalise_collapsesEveryRunOfWhiteSpaceAndTrims() {
        assertEquals("Vi mødes hver tirsdag. Det hjælper.",
                QuoteText.normalise(" \tVi  mødes\u00A0hver\r\ntirsdag.\n\n Det\u2028hjælper. \n"));
    }

    @Test
    void normalise_leavesEverythingElseAlone() {
        assertEquals("„Nej“, sagde hun – 😊 (griner) <b>", QuoteText.normalise("„Nej“, sagde hun – 😊 (griner) <b>"));
    }

    @Test
    void of_keepsQuoteWholeWithoutMaximumOrWhenItFits() {
        String whole = "Vi mødes hver tirsdag. Det hjælper os meget. Men ikke altid.";

        assertEquals(whole, QuoteText.of(THREE, 0));
        assertEquals(whole, QuoteText.of(THREE, whole.length()));
    }

    @Test
    void of_cutsAfterTheLastWholeSentenceThatFitsAndMarksTheCut() {
        assertEquals("Vi mødes hver tirsdag. Det hjælper os meget. (…)", QuoteText.of(THREE, 59));
        assertEquals("Vi mødes hver tirsdag. Det hjælper os meget. (…)", QuoteText.of(THREE, 44));
        assertEquals("Vi mødes hver tirsdag. (…)", QuoteText.of(THREE, 43));
    }

    @Test
    void of_keepsTheFirstSentenceWholeEvenWhenItAloneIsTooLong() {
        assertEquals("Vi mødes hver tirsdag. (…)", QuoteText.of(THREE, 5));
    }

    @Test
    void of_keepsQuoteWithoutSentencesWholeRatherThanCutInsideOne() {
        Excerpt noSentences = ExportFixtures.excerpt(List.of(ExportFixtures.MOEDER), "borger-02", Map.of(), "", 0,
                "Vi mødes hver tirsdag og det hjælper os meget");

        assertEquals("Vi mødes hver tirsdag og det hjælper os meget", QuoteText.of(noSentences, 10));
    }

    @Test
    void of_keepsTextBeforeTheFirstSentenceAndMarksTextAfterTheLast() {
        Excerpt partial = ExportFixtures.excerpt(List.of(ExportFixtures.MOEDER), "borger-02", Map.of(), "", 0,
                "og så videre. Vi mødes hver tirsdag. og hvad", "Vi mødes hver tirsdag.");

        assertEquals("og så videre. Vi mødes hver tirsdag. (…)", QuoteText.of(partial, 40));
    }

    @Test
    void of_countsAnEmojiAsOneCharacter() {
        Excerpt emoji = ExportFixtures.excerpt(List.of(ExportFixtures.MOEDER), "borger-02", Map.of(), "", 0,
                "Godt 😊 Ja.", "Godt 😊", "Ja.");

        assertEquals("Godt 😊 Ja.", QuoteText.of(emoji, 10));
        assertEquals("Godt 😊 (…)", QuoteText.of(emoji, 9));
    }
}
