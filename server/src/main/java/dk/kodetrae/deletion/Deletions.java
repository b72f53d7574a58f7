package dk.kodetrae.deletion;

import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.history.History;
import dk.kodetrae.memo.Memos;
import dk.kodetrae.message.InvalidInput;
import dk.kodetrae.search.SearchIndex;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Deletes documents, codes and memos so that nothing of them is left in the project's files (see the package
 * description). Thread-safe; each delete is durable and purged when its method returns. None can be undone.
 */
public final class Deletions {
    private final Store store;
    private final Corpus corpus;
    private final Codings codings;
    private final Codebooks codebooks;
    private final History history;
    private final SearchIndex index;

    public Deletions(Store store, Corpus corpus, Codings codings, Codebooks codebooks, History history,
                     SearchIndex index) {
        this.store = store;
        this.corpus = corpus;
        this.codings = codings;
        this.codebooks = codebooks;
        this.history = history;
        this.index = index;
    }

    /** Deletes a document with its attribute values, turns, sentences, codings, memos and versions. */
    public Deleted document(long documentId, String actor) {
        String who = requireActor(actor);
        Document d = corpus.document(documentId).orElseThrow(() -> new InvalidInput("document.notFound",
                "no document with id " + documentId, "document", documentId));
        Deleted deleted = index.changing(List.of(documentId), true, () -> store.write(c -> {
            List<Long> codingIds = codings.deleteOfDocument(c, documentId);
            int erased = 0;
            for (long id : codingIds) {
                erased += store.eraseChangesAbout(c, "coding", Long.toString(id));
            }
            List<Long> memoIds = Memos.idsOn(c, "document", documentId);
            erased += deleteMemos(c, memoIds);
            history.forgetAbout(c, d.name());
            Corpus.delete(c, documentId);
            erased += store.eraseChangesAbout(c, "document", Long.toString(documentId));
            erased += store.eraseChangesMentioning(c, d.name());
            return logged(c, who, new Deleted("document", documentId, codingIds.size(), memoIds.size(), erased));
        }));
        codings.textChanged(documentId);
        store.scrub();
        return deleted;
    }

    /** Deletes a code with its sub-codes and their codings and memos; unlike the codebook's delete, not undoable. */
    public Deleted code(long codeId, String actor) {
        String who = requireActor(actor);
        Deleted deleted = store.write(c -> {
            Codebooks.Removed removed = codebooks.deleteForGood(c, codeId, who);
            int erased = 0;
            int memos = 0;
            for (long code : removed.codes()) {
                history.forgetTouching(c, "code", "id", code);
                history.forgetTouching(c, "coding", "code_id", code);
                List<Long> memoIds = Memos.idsOn(c, "code", code);
                memos += memoIds.size();
                erased += deleteMemos(c, memoIds);
                erased += store.eraseChangesAbout(c, "code", Long.toString(code));
            }
            for (String name : removed.names()) {
                history.forgetAbout(c, name);
                erased += store.eraseChangesMentioning(c, name);
            }
            return logged(c, who, new Deleted("code", codeId, removed.codings(), memos, erased));
        });
        store.scrub();
        return deleted;
    }

    /** Deletes a memo. */
    public Deleted memo(long memoId, String actor) {
        String who = requireActor(actor);
        Deleted deleted = store.write(c -> {
            if (!Memos.delete(c, memoId)) {
                throw new InvalidInput("memo.notFound", "no memo with id " + memoId, "memo", memoId);
            }
            int erased = store.eraseChangesAbout(c, "memo", Long.toString(memoId));
            return logged(c, who, new Deleted("memo", memoId, 0, 1, erased));
        });
        store.scrub();
        return deleted;
    }

    private int deleteMemos(Connection c, List<Long> memoIds) throws SQLException {
        int erased = 0;
        for (long id : memoIds) {
            Memos.delete(c, id);
            erased += store.eraseChangesAbout(c, "memo", Long.toString(id));
        }
        return erased;
    }

    private Deleted logged(Connection c, String who, Deleted deleted) throws SQLException {
        store.logChange(c, new Change(who, "delete", deleted.what(), Long.toString(deleted.id()), deleted.detail()));
        return deleted;
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 100) {
            throw new InvalidInput("delete.actor", "every delete needs the name of who deletes (1 to 100 characters)");
        }
        return actor.strip();
    }
}
