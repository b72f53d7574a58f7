package dk.kodetrae.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {
    private static final String TURN = "Vi mødes hver tirsdag i ressourceteamet 😀. Og det er et tværfagligt samarbejde"
            + " på tværs af forvaltningerne. Så får borgeren én plan.";

    record Token(String term, int increment, int start, int end) {
    }

    @Test
    void whole_replaysTheAnalysisOfTheText() throws IOException {
        AnalysedText analysed = AnalysedText.of(Analysis.DANISH_FIELD, TURN);

        assertEquals(tokens(Analysis.analyzer().tokenStream(Analysis.DANISH_FIELD, TURN)), tokens(analysed.whole()));
    }

    @Test
    void part_givesTheTermsAndOffsetsOfAnalysingThePartAlone_withNonAsciiTextAndEmojiBeforeIt() throws IOException {
        int from = TURN.indexOf("Og det er");
        int to = TURN.indexOf("Så får") - 1;
        String sentence = TURN.substring(from, to);

        List<Token> replayed = tokens(AnalysedText.of(Analysis.DANISH_FIELD, TURN).part(from, to).orElseThrow());
        List<Token> alone = tokens(Analysis.analyzer().tokenStream(Analysis.DANISH_FIELD, sentence));

        assertEquals(alone.stream().map(Token::term).toList(), replayed.stream().map(Token::term).toList());
        assertEquals(alone.stream().map(t -> List.of(t.start(), t.end())).toList(),
                replayed.stream().map(t -> List.of(t.start(), t.end())).toList());
        assertEquals("Og", sentence.substring(replayed.getFirst().start(), replayed.getFirst().end()),
                "stop words are indexed");
        assertEquals(alone.subList(1, alone.size()).stream().map(Token::increment).toList(),
                replayed.subList(1, replayed.size()).stream().map(Token::increment).toList(),
                "distances between positions are kept; phrase queries depend on them");
        assertEquals(1, replayed.getFirst().increment());
    }

    /** The units of a turn are built first and inverted after, one by one, and their replays share attributes. */
    @Test
    void replaysMadeTogetherAndReadInTurn_eachGiveTheirOwnTokens() throws IOException {
        AnalysedText analysed = AnalysedText.of(Analysis.DANISH_FIELD, TURN);
        int from = TURN.indexOf("Så får");
        TokenStream whole = analysed.whole();
        TokenStream last = analysed.part(from, TURN.length()).orElseThrow();
        TokenStream wholeAgain = analysed.whole();

        List<Token> expected = tokens(Analysis.analyzer().tokenStream(Analysis.DANISH_FIELD, TURN));
        assertEquals(expected, tokens(whole));
        assertEquals(List.of("så", "=så", "får", "=får", "borg", "=borgeren", "én", "=én", "plan", "=plan"),
                tokens(last).stream().map(Token::term).toList(), "each word's stem, then its exact form");
        assertEquals(expected, tokens(wholeAgain));
    }

    @Test
    void partThroughAToken_isLeftToItsOwnAnalysis() {
        AnalysedText analysed = AnalysedText.of(Analysis.DANISH_FIELD, TURN);
        int insideRessourceteamet = TURN.indexOf("ressourceteamet") + 4;

        assertTrue(analysed.part(0, insideRessourceteamet).isEmpty());
        assertTrue(analysed.part(insideRessourceteamet, TURN.length()).isEmpty());
    }

    private static List<Token> tokens(TokenStream stream) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream s = stream) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = s.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(new Token(term.toString(), increment.getPositionIncrement(), offset.startOffset(),
                        offset.endOffset()));
            }
            s.end();
        }
        return out;
    }
}
