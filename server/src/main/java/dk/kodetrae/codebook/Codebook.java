package dk.kodetrae.codebook;

/** A codebook loaded into a project. */
public record Codebook(String id, String name, String label, String description) {
}
