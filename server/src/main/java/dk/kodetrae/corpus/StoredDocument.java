package dk.kodetrae.corpus;

import java.util.List;

/** A document as the store wrote it, with the ids its turns and sentences were given: what the index needs. */
public record StoredDocument(Document document, String text, List<Turn> turns, List<Sentence> sentences) {
    public StoredDocument {
        turns = List.copyOf(turns);
        sentences = List.copyOf(sentences);
    }
}
