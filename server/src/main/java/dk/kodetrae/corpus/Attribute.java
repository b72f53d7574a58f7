package dk.kodetrae.corpus;

/** A named, typed document attribute such as {@code kommune} (text) or {@code ressourceteam} (boolean). */
public record Attribute(String name, AttributeType type) {
}
