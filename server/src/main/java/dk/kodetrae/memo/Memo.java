package dk.kodetrae.memo;

/**
 * A note on a code or a document.
 *
 * @param targetType {@code code} or {@code document}
 */
public record Memo(long id, String targetType, long targetId, String author, String text, String created,
                   String updated) {
}
