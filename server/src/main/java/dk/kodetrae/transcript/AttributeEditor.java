package dk.kodetrae.transcript;

import dk.kodetrae.corpus.Attribute;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Changes the attributes of documents already in the project: one value, or a manifest applied to many. Checked as
 * an import checks its manifest (attribute names and types, values, known documents; every problem listed, and
 * then nothing changed: {@link ImportException}), and written in one transaction that the change log records.
 */
public final class AttributeEditor {
    private final Corpus corpus;
    private final String actor;

    public AttributeEditor(Corpus corpus, String actor) {
        this.corpus = corpus;
        this.actor = actor;
    }

    /**
     * Sets one attribute of one document; a blank value removes it.
     *
     * @param attribute {@code NAME}, or {@code NAME:type} for a new attribute (text, number, date, boolean)
     */
    public AttributeEdit set(String document, String attribute, String value) {
        return write(Manifest.resolveOne(document, document, attribute, value, documentNames(), attributes()));
    }

    /** Applies a manifest (the import's CSV format) to documents already in the project; blank cells change nothing. */
    public AttributeEdit apply(Importer.Source manifest) {
        return write(Manifest.resolve(manifest.name(), manifest.bytes(),
                documentNames(), attributes()));
    }

    private AttributeEdit write(Manifest.Resolved resolved) {
        if (!resolved.problems().isEmpty()) {
            throw ImportException.attributesRefused(resolved.problems());
        }
        Map<String, Map<String, String>> changed = new TreeMap<>(resolved.values());
        changed.values().removeIf(Map::isEmpty);
        corpus.setAttributes(resolved.newAttributes(), changed, actor);
        return new AttributeEdit(List.copyOf(changed.keySet()), changed.values().stream().mapToInt(Map::size).sum(),
                resolved.newAttributes().stream().map(Attribute::name).toList());
    }

    private Set<String> documentNames() {
        return corpus.documents().stream().map(Document::name).collect(Collectors.toSet());
    }

    private Map<String, Attribute> attributes() {
        return corpus.attributes().stream().collect(Collectors.toMap(Attribute::name, Function.identity()));
    }
}
