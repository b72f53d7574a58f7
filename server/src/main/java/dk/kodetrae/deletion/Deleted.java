package dk.kodetrae.deletion;

/**
 * What one delete removed, in counts only: the change log keeps these, never the deleted text.
 *
 * @param what    {@code document}, {@code code} or {@code memo}
 * @param codings codings deleted with it
 * @param memos   memos deleted with it
 * @param erased  change-log entries whose detail was erased because it named or described what was deleted
 */
public record Deleted(String what, long id, int codings, int memos, int erased) {
    /** The change log's detail of the delete itself. */
    String detail() {
        return codings + " codings, " + memos + " memos; " + erased + " change-log details erased";
    }
}
