package dk.kodetrae.export;

/** A code of the codebook as an export names it: its stable id and its display name. */
public record CodeRef(String id, String name) {
    public CodeRef {
        if (id == null || id.isBlank()) {
            String got = id == null ? "null" : "'" + id + "'";
            throw new IllegalArgumentException("code id must not be blank, got " + got);
        }
        if (name == null) {
            throw new IllegalArgumentException("code '" + id + "': name must not be null");
        }
    }
}
