package dk.kodetrae.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts matching units per corpus document, over all hits, without scoring. */
final class DocumentCounts implements CollectorManager<DocumentCounts.Counter, Map<Long, Integer>> {

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<Long, Integer> reduce(Collection<Counter> collectors) {
        Map<Long, Integer> total = new HashMap<>();
        for (Counter c : collectors) {
            c.counts.forEach((doc, n) -> total.merge(doc, n, Integer::sum));
        }
        return total;
    }

    static final class Counter implements Collector {
        private final Map<Long, Integer> counts = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedNumericDocValues docs = DocValues.getSortedNumeric(context.reader(), UnitDocuments.DOC);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // Counting needs no scores.
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (docs.advanceExact(doc)) {
                        counts.merge(docs.nextValue(), 1, Integer::sum);
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
