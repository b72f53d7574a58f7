package dk.kodetrae.refiqda;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a REFI-QDA import did.
 *
 * @param tool           the tool that wrote the file (its {@code origin})
 * @param codebook       the codebook made from the file's code tree, or null when it has none
 * @param convention     the position convention chosen for the selections
 * @param scores         for each convention tried: "placed/on word boundaries" of all selections
 * @param notPlaced      each selection that could not be placed, with the reason; none of them was imported
 * @param warnings       things passed over (media sources, notes attached to nothing, …)
 */
public record QdpxReport(String file, String tool, List<String> documents, int attributeValues, String codebook,
                         int codes, int codings, List<String> coders, int memos, Convention convention,
                         Map<Convention, String> scores, int selections, int placed, int onWordBoundary,
                         List<String> notPlaced, List<String> warnings) {
    public QdpxReport {
        documents = List.copyOf(documents);
        coders = List.copyOf(coders);
        Map<Convention, String> ordered = new EnumMap<>(Convention.class);
        ordered.putAll(scores);
        scores = Collections.unmodifiableMap(ordered);
        notPlaced = List.copyOf(notPlaced);
        warnings = List.copyOf(warnings);
    }

    public String summary() {
        return documents.size() + " documents, " + attributeValues + " attribute values, " + codes + " codes, "
                + codings + " codings by " + coders.size() + " coders, " + memos + " memos from " + tool
                + "; positions read as " + convention.description() + ": " + placed + " of " + selections
                + " selections placed, " + onWordBoundary + " on word boundaries";
    }
}
