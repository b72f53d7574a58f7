package dk.kodetrae.search;

/**
 * Whether the index holds all the store has, and what it had to do to get there. A project always opens: an index
 * found damaged is rebuilt from the store, and a rebuild that meets a document it cannot index (one so large that
 * indexing it runs out of memory, or whose stored units do not fit its text) stops there and says so, rather than
 * taking the process down with it.
 *
 * @param complete whether every document of the store is indexed
 * @param document the document a rebuild stopped at; null when complete
 * @param note     what happened, in English, for a person; null when there is nothing to say
 */
public record IndexHealth(boolean complete, String document, String note) {
    /** In step with the store, nothing to say. */
    public static final IndexHealth IN_STEP = new IndexHealth(true, null, null);

    /** Rebuilt from the store on open because the index was {@code damage}. */
    static IndexHealth repaired(String damage) {
        return new IndexHealth(true, null, "the search index was damaged (" + damage
                + ") and has been rebuilt from the store");
    }

    /** A rebuild stopped at {@code document}, which could not be indexed because of {@code cause}. */
    static IndexHealth stoppedAt(String document, Throwable cause) {
        return new IndexHealth(false, document, "the search index is incomplete: the document '" + document
                + "' could not be indexed (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "), so indexing stopped there and"
                + " searches miss it and some other documents; split or delete that document (or give Kodetræ more"
                + " memory), then reindex");
    }

    /** The note a reader finds in the index's commit, written by the process that stopped. */
    static IndexHealth stoppedAsCommitted(String document, String note) {
        return new IndexHealth(false, document, note);
    }
}
