package dk.kodetrae.corpus;

import java.util.List;
import java.util.Map;

/** A parsed document ready to be stored: its normalised text with the turns and sentences found in it. */
public record NewDocument(String name, String sourceFile, String text, String language, String contentHash,
                          Map<String, String> attributes, List<Turn> turns, List<Sentence> sentences) {
    public NewDocument {
        attributes = Map.copyOf(attributes);
        turns = List.copyOf(turns);
        sentences = List.copyOf(sentences);
    }
}
