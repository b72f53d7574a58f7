package dk.kodetrae.codebook;

import java.util.List;

/**
 * The codebook file format {@code kodetrae-codebook/1}: a flat list of codes where each names its parent, parents
 * before children. Field by field in codebooks/README.md.
 */
public record CodebookFile(String format, String id, String name, String label, String description,
                           List<Entry> codes) {
    public static final String FORMAT = "kodetrae-codebook/1";

    public CodebookFile {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    /** One code of the file. */
    public record Entry(String id, String parent, String name, String label, String color, String description,
                        String include, String exclude, String example, Rule rule) {
    }
}
