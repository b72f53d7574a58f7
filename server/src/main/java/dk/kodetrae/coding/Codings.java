package dk.kodetrae.coding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.TextEdit;
import dk.kodetrae.history.About;
import dk.kodetrae.history.Action;
import dk.kodetrae.history.History;
import dk.kodetrae.history.Recording;
import dk.kodetrae.history.RowWriter;
import dk.kodetrae.history.Step;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Manual coding: add, remove and adjust codings, imported codings, and undo/redo of each coder's own actions (through
 * the project's {@link History}, which covers reviews and codebook edits too). Each method is one
 * {@code BEGIN IMMEDIATE} transaction: when it returns, the change and its change-log entry are on disk. Two coders
 * (or two browser tabs) never overwrite each other: every coding is its own row, and adjustments name the row.
 */
public final class Codings {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final History history;
    /**
     * What a span check needs of each document's text, read once; an edit or a delete of the document drops its
     * entry ({@link #follow}, {@link #deleteOfDocument}). Small enough to keep for every document.
     */
    private final Map<Long, TextBounds> bounds = new ConcurrentHashMap<>();

    public Codings(Store store, History history) {
        this.store = store;
        this.history = history;
    }

    /** What merging and deleting codes does to their codings, done by this package, their only writer. */
    public static dk.kodetrae.codebook.CodingsOfCodes ofCodes() {
        return new CodeCodings();
    }

    /** How the undo history writes coding rows back: through this package, their only writer. */
    public static RowWriter rowWriter() {
        return CodingRows.WRITER;
    }

    /** A document's codings that a reader without a coder name sees (open rounds hide theirs). */
    public List<Coding> forDocument(long documentId) {
        return forDocument(documentId, Viewer.NOBODY);
    }

    /** A document's codings that {@code viewer} sees, in reading order. */
    public List<Coding> forDocument(long documentId, Viewer viewer) {
        return store.read(c -> {
            Visibility sight = Visibility.of(c, viewer);
            return CodingRows.select(c, "document_id = ? ORDER BY start_offset, end_offset, id", documentId).stream()
                    .filter(sight::shows).toList();
        });
    }

    /** What {@code viewer} may see now; see {@link Visibility}. */
    public Visibility visibility(Viewer viewer) {
        return store.read(c -> Visibility.of(c, viewer));
    }

    /**
     * The number of active codings of every code of a codebook that {@code viewer} sees (sub-codes not included;
     * 0 for none).
     */
    public Map<Long, Integer> countsByCode(String codebookId, Viewer viewer) {
        return store.read(c -> {
            Visibility sight = Visibility.of(c, viewer);
            if (!sight.hidesAny()) {
                return countsByCode(c, codebookId);
            }
            Map<Long, Integer> out = new LinkedHashMap<>();
            countsByCode(c, codebookId).keySet().forEach(code -> out.put(code, 0));
            for (Coding k : CodingRows.select(c, "code_id IN (SELECT id FROM code WHERE codebook_id = ?)", codebookId)) {
                if (sight.shows(k)) {
                    out.merge(k.codeId(), 1, Integer::sum);
                }
            }
            return out;
        });
    }

    private static Map<Long, Integer> countsByCode(Connection c, String codebookId) throws SQLException {
        Map<Long, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT k.id, COUNT(g.id) FROM code k"
                + " LEFT JOIN coding g ON g.code_id = k.id AND " + CodingFilter.ALL.where("g")
                + " WHERE k.codebook_id = ? GROUP BY k.id ORDER BY k.id")) {
            p.setString(1, codebookId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getInt(2));
                }
            }
        }
        return out;
    }

    public Optional<Coding> get(long id) {
        return store.read(c -> CodingRows.byId(c, id));
    }

    /** Codes {@code span} of a document; refused when the span is not inside the text or splits a character. */
    public Coding add(long documentId, long codeId, Span span, String coder) {
        String who = requireCoder(coder);
        checkSpan(documentId, span);
        return store.write(c -> {
            checkCode(c, codeId);
            Recording step = history.record(who, Action.ADD);
            Coding coding = insertManual(c, documentId, codeId, span, who, step);
            step.about(About.coding(Names.code(c, codeId), Names.document(c, documentId))).finish(c);
            return coding;
        });
    }

    /** Codes many passages with one code in one transaction (e.g. selected search hits); returns the codings. */
    public List<Coding> addAll(long codeId, List<Passage> passages, String coder) {
        String who = requireCoder(coder);
        checkSpans(passages);
        return store.write(c -> {
            checkCode(c, codeId);
            Recording step = history.record(who, Action.ADD);
            List<Coding> out = new ArrayList<>();
            for (Passage p : passages) {
                out.add(insertManual(c, p.documentId(), codeId, p.span(), who, step));
            }
            long documents = passages.stream().map(Passage::documentId).distinct().count();
            step.about(new About(Names.code(c, codeId), documents == 1
                    ? Names.document(c, passages.getFirst().documentId()) : null, null, out.size())).finish(c);
            return out;
        });
    }

    /**
     * Codes {@code span} for {@code coder} inside the caller's write transaction (see {@link Store#write}) as part
     * of the caller's recorded step, logged as done by {@code actor}: e.g. a consensus decision, made by a
     * researcher, coding for the consensus coder. Refused when the span is not inside the text or splits a character.
     */
    public Coding add(Connection c, long documentId, long codeId, Span span, String coder, String actor,
                      Recording step) throws SQLException {
        String who = requireCoder(coder);
        TextBounds.of(text(c, documentId)).check(span);
        checkCode(c, codeId);
        Coding coding = CodingRows.insert(c, new Coding(0, documentId, codeId, span, who, Origin.MANUAL,
                Review.NOT_NEEDED, store.clock().instant().toString()));
        step.created(CodingRows.TABLE, coding.id());
        log(c, requireCoder(actor), "add", coding);
        return coding;
    }

    /** A passage of a document. */
    public record Passage(long documentId, Span span) {
    }

    public void remove(long codingId, String coder) {
        String who = requireCoder(coder);
        store.write(c -> {
            Coding before = existing(c, codingId);
            Recording step = history.record(who, Action.REMOVE);
            step.before(c, CodingRows.TABLE, codingId);
            CodingRows.delete(c, codingId);
            log(c, who, "remove", before);
            step.about(about(c, before)).finish(c);
            return null;
        });
    }

    /** Moves a coding's boundaries (e.g. snapped to words or sentences). */
    public Coding adjust(long codingId, Span span, String coder) {
        String who = requireCoder(coder);
        Coding current = get(codingId).orElseThrow(() -> CodingException.notFound("no coding with id " + codingId));
        checkSpan(current.documentId(), span);
        return store.write(c -> {
            existing(c, codingId);
            Recording step = history.record(who, Action.ADJUST);
            step.before(c, CodingRows.TABLE, codingId);
            CodingRows.setSpan(c, codingId, span);
            Coding after = CodingRows.byId(c, codingId).orElseThrow();
            log(c, who, "adjust", after);
            step.about(about(c, after)).finish(c);
            return after;
        });
    }

    /**
     * Moves every coding of a document, rejected ones too, with an edit of its text, inside the caller's write
     * transaction (the rule is {@link TextEdit}'s, docs/OFFSETS.md): a coding the edit touched is flagged with
     * {@code version} for review, one whose every character was deleted is removed. Undo steps of the document's
     * codings are dropped from every coder's history, since they hold offsets into the text before.
     *
     * @return what happened to each coding, in text order
     */
    public List<Followed> follow(Connection c, long documentId, TextEdit edit, int version) throws SQLException {
        bounds.remove(documentId);
        List<Followed> out = new ArrayList<>();
        for (Coding k : CodingRows.selectAll(c, "document_id = ? ORDER BY start_offset, end_offset, id",
                documentId)) {
            out.add(follow(c, k, edit, version));
        }
        history.discardTouching(c, CodingRows.TABLE, "document_id", documentId);
        return out;
    }

    private static Followed follow(Connection c, Coding k, TextEdit edit, int version) throws SQLException {
        Optional<TextEdit.Mapped> mapped = edit.map(k.span());
        if (mapped.isEmpty()) {
            CodingRows.delete(c, k.id());
            return new Followed(k.id(), k.codeId(), k.span(), null, Followed.Fate.REMOVED);
        }
        Span after = mapped.get().span();
        if (mapped.get().touched()) {
            CodingRows.follow(c, k.id(), after, version);
            return new Followed(k.id(), k.codeId(), k.span(), after, Followed.Fate.FLAGGED);
        }
        if (after.equals(k.span())) {
            return new Followed(k.id(), k.codeId(), k.span(), after, Followed.Fate.KEPT);
        }
        CodingRows.follow(c, k.id(), after, null);
        return new Followed(k.id(), k.codeId(), k.span(), after, Followed.Fate.MOVED);
    }

    /** Drops what span checks knew of a document's text, after a write that changed or deleted it committed. */
    public void textChanged(long documentId) {
        bounds.remove(documentId);
    }

    /**
     * Deletes every coding of a document, rejected ones too, and every undo step that holds one, inside the caller's
     * write transaction: for a delete of the document that leaves nothing of it behind.
     *
     * @return the ids of the codings deleted
     */
    public List<Long> deleteOfDocument(Connection c, long documentId) throws SQLException {
        bounds.remove(documentId);
        List<Long> ids = new ArrayList<>();
        for (Coding k : CodingRows.selectAll(c, "document_id = ?", documentId)) {
            CodingRows.delete(c, k.id());
            ids.add(k.id());
        }
        history.forgetTouching(c, CodingRows.TABLE, "document_id", documentId);
        return ids;
    }

    /** The document's codings an edit flagged for review, with the version of that edit, by coding id. */
    public Map<Long, Integer> flagged(long documentId) {
        return store.read(c -> CodingRows.flagged(c, documentId));
    }

    /** Settles the flag an edit left on a coding: a coder has looked at it and keeps it as it is. */
    public Coding confirm(long codingId, String coder) {
        String who = requireCoder(coder);
        return store.write(c -> {
            existing(c, codingId);
            CodingRows.confirm(c, codingId);
            Coding after = CodingRows.byId(c, codingId).orElseThrow();
            log(c, who, "confirm", after);
            return after;
        });
    }

    /** Takes back the coder's last action, whatever it was; empty when there is nothing to undo. */
    public Optional<Step> undo(String coder) {
        return history.undo(requireCoder(coder));
    }

    /** Makes the coder's last undone action again; empty when there is nothing to redo. */
    public Optional<Step> redo(String coder) {
        return history.redo(requireCoder(coder));
    }

    /** What an undo and a redo would do now, before either is asked for. */
    public record Next(Optional<Step> undo, Optional<Step> redo) {
    }

    public Next next(String coder) {
        String who = requireCoder(coder);
        return new Next(history.nextUndo(who), history.nextRedo(who));
    }

    /**
     * A coding read from another tool's project file.
     *
     * @param coder   the coder the file names (or the importing person when it names none)
     * @param created when it was coded, ISO-8601; {@code null} for now
     * @param guid    the coding's stable UUID from the file, or {@code null} for a new one
     */
    public record ImportedCoding(long documentId, long codeId, Span span, String coder, String created, String guid) {
        public ImportedCoding(long documentId, long codeId, Span span, String coder, String created) {
            this(documentId, codeId, span, coder, created, null);
        }
    }

    /**
     * Adds codings read from another tool's project file (origin imported from {@code tool}, e.g. "NVivo") in one
     * transaction, with one change-log entry by {@code actor}. Every span is checked first; one bad span refuses
     * them all. Not in the undo history: an import is not a coder action.
     */
    public List<Coding> addImported(String tool, List<ImportedCoding> imported, String actor) {
        String who = requireCoder(actor);
        imported.forEach(k -> checkSpan(k.documentId(), k.span()));
        return store.write(c -> insertImported(c, tool, imported, who));
    }

    /**
     * As {@link #addImported(String, List, String)}, inside the caller's write transaction (see {@link Store#write}),
     * for an import of a whole project that writes its documents, codebook, codings and memos all or nothing. The
     * spans are checked against the texts as this transaction sees them (the documents may be new in it).
     */
    public List<Coding> addImported(Connection c, String tool, List<ImportedCoding> imported, String actor)
            throws SQLException {
        String who = requireCoder(actor);
        Map<Long, TextBounds> texts = new HashMap<>();
        for (ImportedCoding k : imported) {
            TextBounds bounds = texts.get(k.documentId());
            if (bounds == null) {
                bounds = TextBounds.of(text(c, k.documentId()));
                texts.put(k.documentId(), bounds);
            }
            bounds.check(k.span());
        }
        return insertImported(c, tool, imported, who);
    }

    private List<Coding> insertImported(Connection c, String tool, List<ImportedCoding> imported, String who)
            throws SQLException {
        Origin origin = new Origin.Imported(tool);
        String now = store.clock().instant().toString();
        List<Coding> out = new ArrayList<>();
        for (ImportedCoding k : imported) {
            checkCode(c, k.codeId());
            Coding coding = CodingRows.insert(c, new Coding(0, k.documentId(), k.codeId(), k.span(),
                    k.coder() == null || k.coder().isBlank() ? who : k.coder().strip(), origin,
                    Review.NOT_NEEDED, k.created() == null ? now : k.created()));
            if (k.guid() != null) {
                CodingRows.setGuid(c, coding.id(), k.guid());
            }
            out.add(coding);
        }
        store.logChange(c, new Change(who, "import", "coding", null, out.size() + " codings imported from " + tool));
        return out;
    }

    private Coding insertManual(Connection c, long documentId, long codeId, Span span, String who, Recording step)
            throws SQLException {
        Coding coding = CodingRows.insert(c, new Coding(0, documentId, codeId, span, who, Origin.MANUAL,
                Review.NOT_NEEDED, store.clock().instant().toString()));
        step.created(CodingRows.TABLE, coding.id());
        log(c, who, "add", coding);
        return coding;
    }

    static About about(Connection c, Coding k) throws SQLException {
        return About.coding(Names.code(c, k.codeId()), Names.document(c, k.documentId()));
    }

    /** A change-log entry for one coding, with its provenance. */
    void log(Connection c, String who, String action, Coding k) throws SQLException {
        store.logChange(c, new Change(who, action, "coding", Long.toString(k.id()), describe(k)));
    }

    /** A coding as the change log keeps it: where, which code, and where it came from, as JSON. */
    static String describe(Coding k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documentId", k.documentId());
        out.put("codeId", k.codeId());
        out.put("start", k.span().start());
        out.put("end", k.span().end());
        out.put("coder", k.coder());
        out.put("origin", k.origin().id());
        switch (k.origin()) {
            case Origin.Auto a -> {
                out.put("rule", a.rule());
                out.put("ruleVersion", a.version());
            }
            case Origin.Imported i -> out.put("source", i.tool());
            case Origin.Manual m -> { }
        }
        out.put("reviewState", k.review().state());
        if (k.review().reviewer() != null) {
            out.put("reviewer", k.review().reviewer());
            out.put("reviewedAt", k.review().reviewedAt());
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a coding is always serialisable", e);
        }
    }

    private static Coding existing(Connection c, long id) throws SQLException {
        return CodingRows.byId(c, id).orElseThrow(() -> CodingException.notFound("no coding with id " + id));
    }

    /**
     * Checks a span against its document's text before the write, so the check need not hold up the writers'
     * shared transaction.
     */
    private void checkSpan(long documentId, Span span) {
        bounds(documentId).check(span);
    }

    private void checkSpans(List<Passage> passages) {
        passages.forEach(p -> checkSpan(p.documentId(), p.span()));
    }

    private TextBounds bounds(long documentId) {
        TextBounds known = bounds.get(documentId);
        if (known != null) {
            return known;
        }
        TextBounds read = store.read(c -> TextBounds.of(text(c, documentId)));
        bounds.put(documentId, read);
        return read;
    }

    private static String text(Connection c, long documentId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT text FROM document WHERE id = ?")) {
            p.setLong(1, documentId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw CodingException.notFound("no document with id " + documentId);
                }
                return r.getString(1);
            }
        }
    }

    static void checkCode(Connection c, long codeId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM code WHERE id = ?")) {
            p.setLong(1, codeId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw CodingException.notFound("no code with id " + codeId);
                }
            }
        }
    }

    static String requireCoder(String coder) {
        if (coder == null || coder.isBlank() || coder.length() > 100) {
            throw CodingException.invalid("every coding needs a coder name (1 to 100 characters)");
        }
        return coder.strip();
    }
}
