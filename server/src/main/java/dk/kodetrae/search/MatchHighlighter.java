package dk.kodetrae.search;

import java.io.IOException;
import java.util.Map;
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
    MatchHighlighter(IndexSearcher searcher) {
        super(UnifiedHighlighter.builder(searcher, Analysis.analyzer())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new MatchSpans())
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true)
                .withMaxNoHighlightPassages(0));
    }

    /** For each text field, the match spans (unit-relative) of each of {@code docIds}, or null where none. */
    Map<String, Object[]> matches(Query query, int[] docIds) throws IOException {
        return highlightFieldsAsObjects(Analysis.TEXT_FIELDS, query, docIds, new int[] {1, 1});
    }
}
