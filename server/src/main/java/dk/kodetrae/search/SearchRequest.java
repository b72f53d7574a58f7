package dk.kodetrae.search;

import dk.kodetrae.corpus.SpeakerRole;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A search: a query in the query language, attribute filters (values of one attribute are alternatives, different
 * attributes must all hold), an optional speaker role, the unit searched, and a page.
 */
public record SearchRequest(String query, Map<String, Set<String>> where, Optional<SpeakerRole> speaker, Unit unit,
                            Order order, int offset, int limit) {
    public static final int MAX_LIMIT = 1_000;
    /**
     * The deepest page: collecting a page holds {@code offset + limit} hits in memory, and without a bound one
     * request ({@code offset=500000000}) filled the heap. Two hundred pages of fifty are more than anyone reads.
     */
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        where = Map.copyOf(where);
        if (offset < 0 || offset > MAX_OFFSET || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page must have 0 <= offset <= " + MAX_OFFSET + " and 1 <= limit <= "
                    + MAX_LIMIT + ", got offset " + offset + " and limit " + limit);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), Optional.empty(), Unit.SENTENCE, Order.RELEVANCE, 0, 50);
    }

    public SearchRequest withWhere(Map<String, Set<String>> filters) {
        return new SearchRequest(query, filters, speaker, unit, order, offset, limit);
    }

    public SearchRequest withSpeaker(SpeakerRole role) {
        return new SearchRequest(query, where, Optional.of(role), unit, order, offset, limit);
    }

    public SearchRequest withUnit(Unit u) {
        return new SearchRequest(query, where, speaker, u, order, offset, limit);
    }

    public SearchRequest withOrder(Order o) {
        return new SearchRequest(query, where, speaker, unit, o, offset, limit);
    }

    public SearchRequest withPage(int from, int size) {
        return new SearchRequest(query, where, speaker, unit, order, from, size);
    }

    /** Ranked by relevance, or in reading order (document name, then position). */
    public enum Order { RELEVANCE, DOCUMENT }
}
