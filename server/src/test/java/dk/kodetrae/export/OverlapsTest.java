package dk.kodetrae.export;

import static dk.kodetrae.export.ExportFixtures.BORGER_A;
import static dk.kodetrae.export.ExportFixtures.MOEDER;
import static dk.kodetrae.export.ExportFixtures.SAMARBEJDE;
import static dk.kodetrae.export.ExportFixtures.TILLID;
import static dk.kodetrae.export.ExportFixtures.excerptBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kodetrae.corpus.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overlapping passages of one code in one document print once. The document text these passages come from:
 * "Jeg blev mødt. De ser mig ikke som en, der ikke gider 😊 Her siger de ikke sådan noget. Det glemmer jeg aldrig."
 */
class OverlapsTest {
    private static final String DOCUMENT =
            "Jeg blev mødt. De ser mig ikke som en, der ikke gider 😊 Her siger de ikke sådan noget. Det glemmer jeg aldrig.";
    private static final List<String> SENTENCES = List.of("Jeg blev mødt.", "De ser mig ikke som en, der ikke gider 😊",
            "Her siger de ikke sådan noget.", "Det glemmer jeg aldrig.");
    private static final ExportOptions WHOLE = ExportOptions.titled("");

    /** The passage of DOCUMENT from {@code from} to {@code to}, with the sentence pieces inside it. */
    private static Excerpt passage(String coder, CodeRef code, String document, String from, String to) {
        int start = DOCUMENT.indexOf(from);
        int end = DOCUMENT.indexOf(to) + to.length();
        List<String> pieces = SENTENCES.stream().filter(s -> overlaps(s, start, end))
                .map(s -> clip(s, start, end)).toList();
        return excerptBy(coder, List.of(code), document, BORGER_A, "", start, DOCUMENT.substring(start, end),
                pieces.toArray(String[]::new));
    }

    private static boolean overlaps(String sentence, int start, int end) {
        int at = DOCUMENT.indexOf(sentence);
        return at < end && start < at + sentence.length();
    }

    private static String clip(String sentence, int start, int end) {
        int at = DOCUMENT.indexOf(sentence);
        return DOCUMENT.substring(Math.max(at, start), Math.min(at + sentence.length(), end));
    }

    private static List<Quote> quotes(Excerpt... excerpts) {
        return Quotes.prepare(List.of(excerpts), List.of(SAMARBEJDE, MOEDER, TILLID), WHOLE);
    }

    @Test
    void aSentenceCodedByHandInsideAnAutoCodedTurn_isOneQuote() {
        Excerpt turn = passage("auto", MOEDER, "A-B3", "Jeg blev", "noget.");
        Excerpt sentence = passage("mette", MOEDER, "A-B3", "De ser", "gider 😊");

        List<Quote> quotes = quotes(sentence, turn);

        assertEquals(1, quotes.size());
        Quote q = quotes.getFirst();
        assertEquals("Jeg blev mødt. De ser mig ikke som en, der ikke gider 😊 Her siger de ikke sådan noget.", q.text());
        assertEquals(List.of(turn, sentence), q.codings());
        assertEquals("auto, mette", q.excerpt().coder());
        assertEquals(turn.span(), q.excerpt().span());
    }

    @Test
    void passagesOverlappingInPart_areOneQuoteFromTheFirstStartToTheLastEnd_theSharedWordsOnce() {
        Excerpt early = passage("mette", MOEDER, "A-B3", "De ser", "de ikke sådan");
        Excerpt late = passage("ida", MOEDER, "A-B3", "ikke sådan", "aldrig.");

        Quote q = quotes(late, early).getFirst();

        assertEquals("De ser mig ikke som en, der ikke gider 😊 Her siger de ikke sådan noget. Det glemmer jeg aldrig.",
                q.text());
        assertEquals(new Span(DOCUMENT.indexOf("De ser"), DOCUMENT.length()), q.excerpt().span());
        assertEquals(List.of(new Span(0, 41), new Span(42, 72), new Span(73, 96)), q.excerpt().sentences(),
                "the sentence both passages cut is one sentence again");
    }

    @Test
    void theSamePassageCodedTwice_isOneQuoteNamingBothCoders() {
        List<Quote> quotes = quotes(passage("mette", MOEDER, "A-B3", "De ser", "gider 😊"),
                passage("ida", MOEDER, "A-B3", "De ser", "gider 😊"));

        assertEquals(1, quotes.size());
        assertEquals("mette, ida", quotes.getFirst().excerpt().coder());
    }

    @Test
    void passagesThatOnlyTouch_stayTwoQuotes() {
        List<Quote> quotes = quotes(passage("mette", MOEDER, "A-B3", "Jeg blev", "mødt."),
                passage("mette", MOEDER, "A-B3", " De ser", "gider 😊"));

        assertEquals(List.of("Jeg blev mødt.", "De ser mig ikke som en, der ikke gider 😊"),
                quotes.stream().map(Quote::text).toList());
    }

    @Test
    void overlappingPassagesOfOtherCodesOrOtherDocuments_stayApart() {
        List<Quote> quotes = quotes(passage("mette", MOEDER, "A-B3", "De ser", "gider 😊"),
                passage("mette", SAMARBEJDE, "A-B3", "De ser", "gider 😊"),
                passage("mette", MOEDER, "B-B1", "De ser", "gider 😊"));

        assertEquals(List.of("samarbejde A-B3", "samarbejde.moeder A-B3", "samarbejde.moeder B-B1"),
                quotes.stream().map(q -> q.excerpt().code().id() + " " + q.excerpt().documentName()).toList());
    }

    @Test
    void aChainOfOverlaps_isOneQuoteEvenWhenTheFirstAndLastDoNotMeet() {
        List<Quote> quotes = quotes(passage("a", TILLID, "A-B3", "Jeg blev", "ser mig"),
                passage("b", TILLID, "A-B3", "mig ikke", "Her siger"),
                passage("c", TILLID, "A-B3", "siger de", "aldrig."));

        assertEquals(1, quotes.size());
        assertEquals(DOCUMENT, quotes.getFirst().text());
        assertEquals(3, quotes.getFirst().codings().size());
    }

    @Test
    void quotesAreNumberedInExportOrder_andTheSummaryCountsTheMergedCodings() {
        List<Quote> quotes = quotes(passage("mette", TILLID, "A-B3", "De ser", "gider 😊"),
                passage("auto", TILLID, "A-B3", "Jeg blev", "noget."),
                passage("mette", MOEDER, "A-B3", "Det glemmer", "aldrig."));

        assertEquals(List.of(1, 2), quotes.stream().map(Quote::number).toList());
        ExportSummary summary = ExcerptExporter.prepare(List.of(
                passage("mette", TILLID, "A-B3", "De ser", "gider 😊"),
                passage("auto", TILLID, "A-B3", "Jeg blev", "noget."),
                passage("mette", MOEDER, "A-B3", "Det glemmer", "aldrig.")), List.of(MOEDER, TILLID), WHOLE).summary();
        assertEquals(new ExportSummary(2, 3), summary);
        assertEquals("2 citater fra 3 kodninger; 1 kodning, der overlappede en anden kodning af samme kode i samme"
                + " dokument, er slået sammen med den.", summary.counts());
        assertEquals("1 citat fra 1 kodning.", new ExportSummary(1, 1).counts());
    }
}
