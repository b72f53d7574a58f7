package dk.kodetrae.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Finds the exact match offsets in whole units. The defaults of the unified highlighter would stop at 10,000
 * characters and format HTML; here the whole field is one passage, of any length, and the result is a list of
 * {@link dk.kodetrae.corpus.Span}s per field (see {@link MatchSpans}).
 */
final class MatchHighlighter extends UnifiedHighlighter {
    /** A unit's text by Lucene document number: units do not store their text, the document they belong to does. */
    private final IntFunction<UnitText> unitText;

    /** The text of a unit and the field (of its document's language) that indexes it. */
    record UnitText(String field, String text) {
    }

    MatchHighlighter(IndexSearcher searcher, IntFunction<UnitText> unitText) {
        super(UnifiedHighlighter.builder(searcher, Analysis.analyzer())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new MatchSpans())
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true)
                .withMaxNoHighlightPassages(0));
        this.unitText = unitText;
    }

    /** The unit's text in the field of its language, nothing in the others (as stored values would be). */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<String> names = List.of(fields);
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            UnitText unit = unitText.apply(doc);
            CharSequence[] perField = new CharSequence[fields.length];
            int at = names.indexOf(unit.field());
            if (at >= 0) {
                perField[at] = unit.text();
            }
            values.add(perField);
        }
        return values;
    }

    /** For each text field, the match spans (unit-relative) of each of {@code docIds}, or null where none. */
    Map<String, Object[]> matches(Query query, int[] docIds) throws IOException {
        return highlightFieldsAsObjects(Analysis.TEXT_FIELDS, query, docIds, new int[] {1, 1});
    }
}
