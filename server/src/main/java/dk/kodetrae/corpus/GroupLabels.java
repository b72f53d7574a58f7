package dk.kodetrae.corpus;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report wording of groups of interviews: a label per attribute value, e.g. ressourceteam = ja →
 * "Kommuner med ressourceteam". A value without a label is named as {@code attribute = value}.
 *
 * @param labels attribute name → value → label (the project's settings check that labels are not blank)
 */
public record GroupLabels(Map<String, Map<String, String>> labels) {
    /** No labels: every group is named {@code attribute = value}. */
    public static final GroupLabels NONE = new GroupLabels(Map.of());

    public GroupLabels {
        // Sorted, so that the settings read the same every time (JSON, the CLI's listing).
        Map<String, Map<String, String>> copy = new TreeMap<>();
        labels.forEach((attribute, values) -> {
            if (values != null && !values.isEmpty()) {
                copy.put(attribute, Collections.unmodifiableMap(new TreeMap<>(values)));
            }
        });
        labels = Collections.unmodifiableMap(copy);
    }

    /** The group of interviews whose {@code attribute} is {@code value}, in the project's words. */
    public String label(String attribute, String value) {
        String label = labels.getOrDefault(attribute, Map.of()).get(value);
        return label != null ? label : attribute + " = " + value;
    }
}
