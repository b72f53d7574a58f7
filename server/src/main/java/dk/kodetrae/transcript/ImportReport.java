package dk.kodetrae.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did.
 *
 * @param documentNames the imported documents, in import order
 * @param skipped       files found in a folder and passed over (with the reason)
 * @param warnings      things worth a look that did not stop the import
 */
public record ImportReport(List<String> documentNames, int turns, int sentences, int attributesSet,
                           List<String> skipped, List<ImportProblem> warnings) {
    public ImportReport {
        documentNames = List.copyOf(documentNames);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /**
     * This report, saying that its documents were saved but the search index failed to take them ({@code failure})
     * and was then either rebuilt from the store ({@code rebuilt}) or left to be rebuilt when the project is next
     * opened.
     */
    public ImportReport withIndexFailure(String failure, boolean rebuilt) {
        ImportProblem note = rebuilt
                ? ImportProblem.of("", 0, "import.indexRebuilt", "the documents were saved, but updating the search"
                        + " index failed (" + failure + "); it was rebuilt from the saved documents, and search finds"
                        + " them", "failure", failure)
                : ImportProblem.of("", 0, "import.indexBehind", "the documents were saved, but updating the search"
                        + " index failed (" + failure + ") and it could not be rebuilt now; search misses them until"
                        + " the project is opened again, when the index is rebuilt from the saved documents",
                        "failure", failure);
        List<ImportProblem> all = new ArrayList<>(warnings);
        all.add(note);
        return new ImportReport(documentNames, turns, sentences, attributesSet, skipped, all);
    }

    public int documents() {
        return documentNames.size();
    }

    public String summary() {
        return documents() + " documents, " + turns + " turns, " + sentences + " sentences, "
                + attributesSet + " attribute values, " + skipped.size() + " skipped, "
                + warnings.size() + " warnings";
    }
}
