package dk.kodetrae.search;

import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

/**
 * Builds the Lucene documents of one corpus document: one per sentence unit and one per turn. A document's
 * attributes are not copied into its units: filters find the documents by their attributes in the store, so
 * changing an attribute needs no re-indexing and each of the many small units carries fewer fields.
 */
final class UnitDocuments {
    static final String KIND = "kind";
    static final String DOC = "doc";
    static final String UNIT = "unit";
    static final String START = "start";
    static final String END = "end";
    static final String TURN_START = "turnStart";
    static final String TURN_END = "turnEnd";
    static final String ROLE = "role";
    static final String SPEAKER = "speaker";
    /**
     * Text with offsets in the postings, so the highlighter needs no re-analysis. It is not stored: the store
     * holds each document's text, and units are spans of it.
     */
    private static final FieldType TEXT = textType();

    private UnitDocuments() {
    }

    static List<org.apache.lucene.document.Document> of(Document doc, String text, List<Turn> turns,
                                                        List<Sentence> sentences) {
        String field = Analysis.fieldFor(doc.language());
        List<org.apache.lucene.document.Document> out = new ArrayList<>();
        Map<Integer, AnalysedTurn> bySeq = new HashMap<>();
        for (Turn t : turns) {
            AnalysedText tokens = AnalysedText.of(field, text.substring(t.span().start(), t.span().end()));
            bySeq.put(t.seq(), new AnalysedTurn(t, tokens));
            out.add(unit(doc, Unit.TURN, t.seq(), t, t.span(), new Field(field, tokens.whole(), TEXT)));
        }
        for (Sentence s : sentences) {
            AnalysedTurn turn = bySeq.get(s.turnSeq());
            out.add(unit(doc, Unit.SENTENCE, s.seq(), turn.turn(), s.span(),
                    sentenceText(field, text, turn, s.span())));
        }
        return out;
    }

    /** A turn with its text's tokens. */
    private record AnalysedTurn(Turn turn, AnalysedText tokens) {
    }

    /** The sentence's tokens from its turn's analysis when it lies inside the turn, else its own analysis. */
    private static Field sentenceText(String field, String text, AnalysedTurn turn, Span sentence) {
        Span turnSpan = turn.turn().span();
        boolean insideTurn = sentence.start() >= turnSpan.start() && sentence.end() <= turnSpan.end();
        Optional<TokenStream> replayed = insideTurn
                ? turn.tokens().part(sentence.start() - turnSpan.start(), sentence.end() - turnSpan.start())
                : Optional.empty();
        return replayed.map(tokens -> new Field(field, tokens, TEXT))
                .orElseGet(() -> new Field(field, text.substring(sentence.start(), sentence.end()), TEXT));
    }

    private static org.apache.lucene.document.Document unit(Document doc, Unit kind, int unitSeq, Turn turn,
                                                            Span span, Field text) {
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(KIND, kind.id(), Field.Store.NO));
        d.add(new LongField(DOC, doc.id(), Field.Store.YES));
        d.add(new StoredField(UNIT, unitSeq));
        d.add(new IntField(START, span.start(), Field.Store.YES));
        d.add(new StoredField(END, span.end()));
        d.add(new StoredField(TURN_START, turn.span().start()));
        d.add(new StoredField(TURN_END, turn.span().end()));
        d.add(new StringField(ROLE, turn.role().id(), Field.Store.YES));
        d.add(new StoredField(SPEAKER, turn.speaker()));
        d.add(text);
        return d;
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(false);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
