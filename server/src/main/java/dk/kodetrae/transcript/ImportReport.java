package dk.kodetrae.transcript;

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

    public int documents() {
        return documentNames.size();
    }

    public String summary() {
        return documents() + " documents, " + turns + " turns, " + sentences + " sentences, "
                + attributesSet + " attribute values, " + skipped.size() + " skipped, "
                + warnings.size() + " warnings";
    }
}
