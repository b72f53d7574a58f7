package dk.kodetrae.corpus;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A document's metadata (its text is fetched separately, see {@link Corpus#text}).
 *
 * @param length     the text's length in UTF-16 code units
 * @param attributes attribute name to canonical value, in attribute-name order
 */
public record Document(long id, String name, String language, String contentHash, int length,
                       Map<String, String> attributes) {
    public Document {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** Whether this document meets attribute conditions: values of one attribute are alternatives, all must hold. */
    public boolean meets(Map<String, Set<String>> where) {
        return where.entrySet().stream().allMatch(e -> attributes.containsKey(e.getKey())
                && e.getValue().contains(attributes.get(e.getKey())));
    }
}
