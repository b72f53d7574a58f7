package dk.kodetrae.corpus;

import java.util.Collections;
import java.util.Map;
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
}
