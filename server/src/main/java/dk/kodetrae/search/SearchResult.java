package dk.kodetrae.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page of hits and counts over all hits.
 *
 * @param total          matching units in all
 * @param perDocument    matching units per document name, in name order
 * @param perAttribute   matching units per attribute and value
 * @param indexIncomplete null, or why the index misses documents of the store (see {@link IndexHealth})
 */
public record SearchResult(SearchRequest request, int total, List<Hit> hits, Map<String, Integer> perDocument,
                           Map<String, Map<String, Integer>> perAttribute, long tookMicros,
                           String indexIncomplete) {
    public SearchResult {
        hits = List.copyOf(hits);
        perDocument = Collections.unmodifiableMap(new LinkedHashMap<>(perDocument));
        perAttribute = Collections.unmodifiableMap(new TreeMap<>(perAttribute));
    }
}
