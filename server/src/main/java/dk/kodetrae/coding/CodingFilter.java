package dk.kodetrae.coding;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which codings an analysis or an export counts. Rejected auto codings never count. Imported codings count as
 * manual: people coded them, in another tool.
 */
public enum CodingFilter {
    /** Codings people made: manual and imported. */
    MANUAL("review = 'none'"),
    /** Manual and imported codings, and auto codings a reviewer accepted: the default. */
    REVIEWED("review IN ('none', 'accepted')"),
    /** Everything but rejected auto codings, unreviewed ones included. */
    ALL("review <> 'rejected'");

    /** What compare, retrieval and the exports use when nothing is asked for. */
    public static final CodingFilter DEFAULT = REVIEWED;

    private final String condition;

    CodingFilter(String condition) {
        this.condition = condition;
    }

    /** The name in the API and the CLI: {@code manual}, {@code reviewed} or {@code all}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #id()}; {@code null} or blank gives {@link #DEFAULT}. */
    public static CodingFilter of(String id) {
        if (id == null || id.isBlank()) {
            return DEFAULT;
        }
        return Arrays.stream(values()).filter(f -> f.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("coding filter must be one of "
                        + Arrays.stream(values()).map(CodingFilter::id).collect(Collectors.joining(", "))
                        + ", got '" + id + "'"));
    }

    /**
     * A condition on the {@code coding} table for a WHERE clause, e.g. {@code "review IN ('none', 'accepted')"};
     * {@code alias} qualifies the column when the table has one in the query ({@code "k"} gives {@code k.review}).
     */
    public String where(String alias) {
        return alias == null || alias.isEmpty() ? condition : alias + "." + condition;
    }

    /** The condition unqualified. */
    public String where() {
        return where(null);
    }

    /** Whether a coding counts under this filter. */
    public boolean admits(Coding coding) {
        return switch (coding.review()) {
            case Review.NotNeeded n -> true;
            case Review.Accepted a -> this != MANUAL;
            case Review.Unreviewed u -> this == ALL;
            case Review.Rejected r -> false;
        };
    }
}
