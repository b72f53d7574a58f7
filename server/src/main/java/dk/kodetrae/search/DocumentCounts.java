package dk.kodetrae.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts matching units per corpus document id, over all hits, without scoring. */
final class DocumentCounts implements CollectorManager<DocumentCounts.Counter, int[]> {
    private final IndexedDocuments documents;

    DocumentCounts(IndexedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Counter newCollector() {
        return new Counter(documents.newCountsById());
    }

    @Override
    public int[] reduce(Collection<Counter> collectors) {
        int[] total = documents.newCountsById();
        for (Counter c : collectors) {
            for (int id = 0; id < total.length; id++) {
                total[id] += c.counts[id];
            }
        }
        return total;
    }

    static final class Counter implements Collector {
        private final int[] counts;

        Counter(int[] counts) {
            this.counts = counts;
        }

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
                        long id = docs.nextValue();
                        // A unit of a document the store no longer has (removed behind the index's back) counts
                        // for nothing, rather than failing the search.
                        if (id < counts.length) {
                            counts[(int) id]++;
                        }
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
