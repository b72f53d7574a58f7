package dk.kodetrae.project;

import dk.kodetrae.corpus.GroupLabels;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a study sets for its project instead of constants in the code, as stored. A setting that is null (or an
 * empty map of labels) is not set; {@link Settings#effective()} then says what is used instead.
 *
 * @param clusterAttribute    the attribute interviews are nested in (e.g. kommune), for the comparison's caveat on
 *                            clustered interviews; null: interviews are not nested
 * @param defaultCodebook     the codebook the page, compare, export and autocode open on; null: the first codebook
 * @param attributionTemplate the text after each exported quote, in {@link dk.kodetrae.export.AttributionTemplate}
 *                            syntax; null: quotes without attribution
 * @param groupLabels         attribute → value → the group's name in a report, e.g. ressourceteam → ja →
 *                            "Kommuner med ressourceteam"
 * @param pseudonymisedExportsOnly whether every export leaves out (or, for a whole project, refuses) documents not
 *                            yet pseudonymised; null: not set, exports take every document
 */
public record ProjectSettings(String clusterAttribute, String defaultCodebook, String attributionTemplate,
                              Map<String, Map<String, String>> groupLabels, Boolean pseudonymisedExportsOnly) {
    /** Nothing set. */
    public static final ProjectSettings NONE = new ProjectSettings(null, null, null, Map.of());

    /** Settings that leave the export restriction unset. */
    public ProjectSettings(String clusterAttribute, String defaultCodebook, String attributionTemplate,
                           Map<String, Map<String, String>> groupLabels) {
        this(clusterAttribute, defaultCodebook, attributionTemplate, groupLabels, null);
    }

    public ProjectSettings {
        clusterAttribute = blankToNull(clusterAttribute);
        defaultCodebook = blankToNull(defaultCodebook);
        attributionTemplate = blankToNull(attributionTemplate);
        groupLabels = new GroupLabels(groupLabels == null ? Map.of() : groupLabels).labels();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ProjectSettings withClusterAttribute(String attribute) {
        return new ProjectSettings(attribute, defaultCodebook, attributionTemplate, groupLabels,
                pseudonymisedExportsOnly);
    }

    public ProjectSettings withDefaultCodebook(String codebook) {
        return new ProjectSettings(clusterAttribute, codebook, attributionTemplate, groupLabels,
                pseudonymisedExportsOnly);
    }

    public ProjectSettings withAttributionTemplate(String template) {
        return new ProjectSettings(clusterAttribute, defaultCodebook, template, groupLabels, pseudonymisedExportsOnly);
    }

    /** These settings with one group label set, or removed when {@code label} is blank. */
    public ProjectSettings withGroupLabel(String attribute, String value, String label) {
        Map<String, Map<String, String>> labels = new TreeMap<>();
        groupLabels.forEach((a, values) -> labels.put(a, new TreeMap<>(values)));
        Map<String, String> values = labels.computeIfAbsent(attribute, a -> new TreeMap<>());
        if (label == null || label.isBlank()) {
            values.remove(value);
        } else {
            values.put(value, label.strip());
        }
        return new ProjectSettings(clusterAttribute, defaultCodebook, attributionTemplate, labels,
                pseudonymisedExportsOnly);
    }

    public ProjectSettings withPseudonymisedExportsOnly(Boolean only) {
        return new ProjectSettings(clusterAttribute, defaultCodebook, attributionTemplate, groupLabels, only);
    }
}
