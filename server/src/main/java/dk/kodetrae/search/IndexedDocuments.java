package dk.kodetrae.search;

import dk.kodetrae.corpus.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The store's documents as the index last saw them. A search counts its hits per document and per attribute value
 * over all hits, thousands of documents each time, so the counts are kept in arrays: per document id (store ids are
 * dense row ids) and per numbered attribute value, and turned into maps once, in name order.
 */
final class IndexedDocuments {
    private final Map<Long, Document> byId;
    private final List<Document> byName;
    private final long maxId;
    /** Each distinct (attribute, value), numbered. */
    private final List<Map.Entry<String, String>> values;
    /** The numbers of each document's attribute values, in the order of {@link #byName}. */
    private final int[][] valuesByName;

    private IndexedDocuments(List<Document> documents) {
        byName = documents.stream().sorted(Comparator.comparing(Document::name)).toList();
        Map<Long, Document> ids = new HashMap<>();
        Map<Map.Entry<String, String>, Integer> numbers = new HashMap<>();
        values = new ArrayList<>();
        valuesByName = new int[byName.size()][];
        for (int i = 0; i < byName.size(); i++) {
            Document d = byName.get(i);
            ids.put(d.id(), d);
            valuesByName[i] = d.attributes().entrySet().stream().mapToInt(e -> numbers.computeIfAbsent(
                    Map.entry(e.getKey(), e.getValue()), v -> {
                        values.add(v);
                        return values.size() - 1;
                    })).toArray();
        }
        byId = Map.copyOf(ids);
        maxId = ids.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    static IndexedDocuments of(List<Document> documents) {
        return new IndexedDocuments(documents);
    }

    Document get(long id) {
        return byId.get(id);
    }

    /** The ids of the documents that meet the attribute conditions {@code where}. */
    long[] meeting(Map<String, Set<String>> where) {
        return byName.stream().filter(d -> d.meets(where)).mapToLong(Document::id).toArray();
    }

    /**
     * A counter per document id, for a searcher this snapshot was taken after: {@link SearchIndex} reloads its
     * documents before it refreshes its searcher, so every id such a searcher finds is in here.
     */
    int[] newCountsById() {
        return new int[Math.toIntExact(maxId + 1)];
    }

    /** Hits per document id turned into the counts a search answers with. */
    Counts counts(int[] perId) {
        Map<String, Integer> perDocument = new LinkedHashMap<>();
        int[] perValue = new int[values.size()];
        int total = 0;
        for (int i = 0; i < byName.size(); i++) {
            Document d = byName.get(i);
            int n = perId[(int) d.id()];
            if (n > 0) {
                total += n;
                perDocument.put(d.name(), n);
                for (int v : valuesByName[i]) {
                    perValue[v] += n;
                }
            }
        }
        Map<String, Map<String, Integer>> perAttribute = new TreeMap<>();
        for (int v = 0; v < perValue.length; v++) {
            if (perValue[v] > 0) {
                perAttribute.computeIfAbsent(values.get(v).getKey(), k -> new TreeMap<>())
                        .put(values.get(v).getValue(), perValue[v]);
            }
        }
        return new Counts(total, perDocument, perAttribute);
    }

    /** Hits in all, per document name in name order, and per attribute and value. */
    record Counts(int total, Map<String, Integer> perDocument, Map<String, Map<String, Integer>> perAttribute) {
    }
}
