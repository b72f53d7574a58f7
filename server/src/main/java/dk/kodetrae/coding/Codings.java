package dk.kodetrae.coding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Manual coding: add, remove and adjust codings, and undo/redo each coder's own actions. Each method is one
 * {@code BEGIN IMMEDIATE} transaction: when it returns, the change and its change-log entry are on disk. Two coders
 * (or two browser tabs) never overwrite each other: every coding is its own row, and adjustments name the row.
 */
public final class Codings {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    /**
     * What a span check needs of each document's text, read once: an imported text never changes and a document
     * is never deleted, so an entry never goes stale. Small enough to keep for every document.
     */
    private final Map<Long, TextBounds> bounds = new ConcurrentHashMap<>();

    public Codings(Store store) {
        this.store = store;
    }

    public List<Coding> forDocument(long documentId) {
        return store.read(c -> CodingRows.select(c, "document_id = ? ORDER BY start_offset, end_offset, id", documentId));
    }

    /** The number of active codings of every code of a codebook (sub-codes not included; 0 for none). */
    public Map<Long, Integer> countsByCode(String codebookId) {
        return store.read(c -> {
            Map<Long, Integer> out = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT k.id, COUNT(g.id) FROM code k"
                    + " LEFT JOIN coding g ON g.code_id = k.id AND g.status = 'active'"
                    + " WHERE k.codebook_id = ? GROUP BY k.id ORDER BY k.id")) {
                p.setString(1, codebookId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getLong(1), r.getInt(2));
                    }
                }
            }
            return out;
        });
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
            Coding coding = CodingRows.insert(c, new Coding(0, documentId, codeId, span, who, Origin.MANUAL, null,
                    null, store.clock().instant().toString()));
            record(c, who, "add", null, coding);
            return coding;
        });
    }

    /** Codes many passages with one code in one transaction (e.g. selected search hits); returns the codings. */
    public List<Coding> addAll(long codeId, List<Passage> passages, String coder) {
        String who = requireCoder(coder);
        checkSpans(passages);
        return store.write(c -> {
            checkCode(c, codeId);
            List<Coding> out = new ArrayList<>();
            for (Passage p : passages) {
                Coding coding = CodingRows.insert(c, new Coding(0, p.documentId(), codeId, p.span(), who,
                        Origin.MANUAL, null, null, store.clock().instant().toString()));
                record(c, who, "add", null, coding);
                out.add(coding);
            }
            return out;
        });
    }

    /** A passage of a document. */
    public record Passage(long documentId, Span span) {
    }

    public void remove(long codingId, String coder) {
        String who = requireCoder(coder);
        store.write(c -> {
            Coding before = existing(c, codingId);
            CodingRows.delete(c, codingId);
            record(c, who, "remove", before, null);
            return null;
        });
    }

    /** Moves a coding's boundaries (e.g. snapped to words or sentences). */
    public Coding adjust(long codingId, Span span, String coder) {
        String who = requireCoder(coder);
        Coding current = get(codingId).orElseThrow(() -> CodingException.notFound("no coding with id " + codingId));
        checkSpan(current.documentId(), span);
        return store.write(c -> {
            Coding before = existing(c, codingId);
            CodingRows.setSpan(c, codingId, span);
            Coding after = CodingRows.byId(c, codingId).orElseThrow();
            record(c, who, "adjust", before, after);
            return after;
        });
    }

    /** Undoes the coder's most recent coding action; empty when there is nothing to undo. */
    public Optional<String> undo(String coder) {
        String who = requireCoder(coder);
        return store.write(c -> {
            Optional<Step> step = latest(c, who, "done");
            if (step.isPresent()) {
                Step s = step.get();
                apply(c, s.after(), s.before());
                setState(c, s.seq(), "undone");
                logUndo(c, who, "undo", s);
            }
            return step.map(Step::action);
        });
    }

    /** Redoes the coder's most recently undone action; empty when there is nothing to redo. */
    public Optional<String> redo(String coder) {
        String who = requireCoder(coder);
        return store.write(c -> {
            Optional<Step> step = latest(c, who, "undone");
            if (step.isPresent()) {
                Step s = step.get();
                apply(c, s.before(), s.after());
                setState(c, s.seq(), "done");
                logUndo(c, who, "redo", s);
            }
            return step.map(Step::action);
        });
    }

    private void logUndo(Connection c, String who, String what, Step step) throws SQLException {
        Coding subject = step.after() != null ? step.after() : step.before();
        store.logChange(c, new Change(who, what + "-" + step.action(), "coding", Long.toString(subject.id()), null));
    }

    /** Moves the store from state {@code from} to state {@code to} of one coding (either may be absent). */
    private static void apply(Connection c, Coding from, Coding to) throws SQLException {
        if (from != null && CodingRows.byId(c, from.id()).isEmpty()) {
            throw CodingException.notFound("cannot undo or redo: coding " + from.id() + " no longer exists");
        }
        if (to == null) {
            CodingRows.delete(c, from.id());
        } else if (from == null) {
            CodingRows.insert(c, to);
        } else {
            CodingRows.setSpan(c, to.id(), to.span());
        }
    }

    private void record(Connection c, String coder, String action, Coding before, Coding after) throws SQLException {
        try (PreparedStatement discard = c.prepareStatement(
                "UPDATE coding_history SET state = 'discarded' WHERE coder = ? AND state = 'undone'")) {
            discard.setString(1, coder);
            discard.executeUpdate();
        }
        String beforeJson = json(before);
        String afterJson = json(after);
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO coding_history(coder, action, before, after) VALUES (?,?,?,?)")) {
            p.setString(1, coder);
            p.setString(2, action);
            p.setString(3, beforeJson);
            p.setString(4, afterJson);
            p.executeUpdate();
        }
        Coding subject = after != null ? after : before;
        store.logChange(c, new Change(coder, action, "coding", Long.toString(subject.id()),
                after != null ? afterJson : beforeJson));
    }

    private record Step(long seq, String action, Coding before, Coding after) {
    }

    /**
     * The step to undo (the newest done one) or to redo (the oldest undone one: undos walk backwards, and a new
     * action discards what was undone, so the undone steps are always the newest run of the history).
     */
    private static Optional<Step> latest(Connection c, String coder, String state) throws SQLException {
        String order = state.equals("done") ? "DESC" : "ASC";
        return step(c, "SELECT seq, action, before, after FROM coding_history WHERE coder = ? AND state = '" + state
                + "' ORDER BY seq " + order + " LIMIT 1", coder);
    }

    private static Optional<Step> step(Connection c, String sql, String coder) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, coder);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Step(r.getLong(1), r.getString(2), parse(r.getString(3)), parse(r.getString(4))));
            }
        }
    }

    private static void setState(Connection c, long seq, String state) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE coding_history SET state = ? WHERE seq = ?")) {
            p.setString(1, state);
            p.setLong(2, seq);
            p.executeUpdate();
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

    private static String requireCoder(String coder) {
        if (coder == null || coder.isBlank() || coder.length() > 100) {
            throw CodingException.invalid("every coding needs a coder name (1 to 100 characters)");
        }
        return coder.strip();
    }

    private static String json(Coding coding) {
        try {
            return coding == null ? null : JSON.writeValueAsString(coding);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a coding is always serialisable", e);
        }
    }

    private static Coding parse(String json) {
        try {
            return json == null ? null : JSON.readValue(json, Coding.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable coding history entry: " + json, e);
        }
    }
}
