package dk.kodetrae.transcript;

import java.util.List;

/**
 * What a change of attributes after import did.
 *
 * @param documentNames the documents whose values changed, in name order
 * @param valuesSet     attribute values set or removed, over all those documents
 * @param newAttributes attributes the change created, by name
 */
public record AttributeEdit(List<String> documentNames, int valuesSet, List<String> newAttributes) {
    public AttributeEdit {
        documentNames = List.copyOf(documentNames);
        newAttributes = List.copyOf(newAttributes);
    }

    /** One line for the command line: {@code 3 attribute values of 2 documents changed (new attribute: alder)}. */
    public String summary() {
        return valuesSet + " attribute values of " + documentNames.size() + " documents changed"
                + (newAttributes.isEmpty() ? "" : " (new attributes: " + String.join(", ", newAttributes) + ")");
    }
}
