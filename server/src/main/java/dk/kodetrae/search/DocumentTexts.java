package dk.kodetrae.search;

import dk.kodetrae.corpus.Corpus;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small least-recently-used cache of document texts, for cutting KWIC context. */
final class DocumentTexts {
    private static final int CAPACITY = 256;

    private final Corpus corpus;
    private final Map<Long, String> cache = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CAPACITY;
        }
    };

    DocumentTexts(Corpus corpus) {
        this.corpus = corpus;
    }

    synchronized String get(long documentId) {
        return cache.computeIfAbsent(documentId, corpus::text);
    }

    synchronized void forget(long documentId) {
        cache.remove(documentId);
    }
}
