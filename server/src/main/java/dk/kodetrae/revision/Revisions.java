package dk.kodetrae.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.coding.Followed;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Replacement;
import dk.kodetrae.corpus.TextEdit;
import dk.kodetrae.search.SearchIndex;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import dk.kodetrae.transcript.EditedTranscript;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits of documents' texts, their versions, and reading a document as it was. Thread-safe. An edit is durable
 * when {@link #edit} returns, and the search index then finds the new text and not the old.
 */
public final class Revisions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Codings codings;
    private final SearchIndex index;

    public Revisions(Store store, Codings codings, SearchIndex index) {
        this.store = store;
        this.codings = codings;
        this.index = index;
    }

    /**
     * Applies {@code replacements} to the document's current text, by {@code actor}. Offsets are UTF-16 code units
     * into the current text; the inserted texts are normalised as an import would. Refused, with nothing changed,
     * when a replacement is outside the text, overlaps another, splits an emoji, or the result would not be
     * normalised text (a combining mark put after a letter), or would equal another document's text.
     *
     * @param expectedVersion the version the caller saw, or {@code null} not to check; a document edited since is
     *                        refused (409) rather than edited at offsets that no longer mean what the caller meant
     */
    public Revision edit(long documentId, Integer expectedVersion, List<Replacement> replacements, String actor) {
        String who = requireActor(actor);
        Corpus.Versioned current = store.read(c -> existing(c, documentId));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw RevisionException.conflict("edit.staleVersion", "the edit was made on version " + expectedVersion
                    + " but the document is at version " + current.version() + "; reload it and edit again",
                    "expected", expectedVersion, "version", current.version());
        }
        Prepared next = prepare(documentId, current, replacements);
        Revision revision = index.changing(List.of(documentId), false, () -> store.write(c -> {
            Corpus.Versioned now = existing(c, documentId);
            if (now.version() != current.version()) {
                throw RevisionException.conflict("edit.changedMeanwhile", "the document was edited by someone else"
                        + " meanwhile (now version " + now.version() + "); reload it and edit again",
                        "version", now.version());
            }
            return write(c, documentId, next, who);
        }));
        codings.textChanged(documentId);
        return revision;
    }

    /** As {@link #edit(long, Integer, List, String)} without a version check. */
    public Revision edit(long documentId, List<Replacement> replacements, String actor) {
        return edit(documentId, null, replacements, actor);
    }

    /** The checked edit and everything found in the text after it, done before the write holds the store. */
    private record Prepared(Corpus.Versioned before, TextEdit edit, String text, String hash,
                            EditedTranscript.Units units) {
    }

    private static Prepared prepare(long documentId, Corpus.Versioned current, List<Replacement> replacements) {
        if (replacements == null || replacements.isEmpty()) {
            throw RevisionException.invalid("edit.empty", "an edit needs at least one replacement");
        }
        List<Replacement> normalised = replacements.stream()
                .map(r -> new Replacement(r.start(), r.end(), EditedTranscript.normalise(r.text()))).toList();
        TextEdit edit;
        try {
            edit = TextEdit.of(current.text(), normalised);
        } catch (IllegalArgumentException e) {
            throw RevisionException.invalid("edit.invalid", "document " + documentId + ": " + e.getMessage(),
                    "detail", e.getMessage());
        }
        String text = edit.apply(current.text());
        if (!EditedTranscript.isNormal(text)) {
            throw RevisionException.invalid("edit.notNormal", "the edit would leave a character that joins the"
                    + " one before it (a combining mark); replace the letter together with its mark");
        }
        if (text.equals(current.text())) {
            throw RevisionException.invalid("edit.noChange", "the edit changes nothing in the text");
        }
        return new Prepared(current, edit, text, EditedTranscript.hash(text), EditedTranscript.units(text));
    }

    private Revision write(Connection c, long documentId, Prepared next, String who) throws SQLException {
        if (Corpus.otherHasText(c, documentId, next.hash())) {
            throw RevisionException.invalid("edit.duplicateText",
                    "after the edit the text would be the same as another document's");
        }
        int version = next.before().version() + 1;
        List<Followed> followed = codings.follow(c, documentId, next.edit(), version);
        Corpus.replaceText(c, documentId, new Corpus.Versioned(next.text(), version), next.hash(),
                next.units().turns(), next.units().sentences());
        insertVersion(c, documentId, new Version(version, who, store.clock().instant().toString(),
                diff(next), followed.stream().filter(f -> f.fate() != Followed.Fate.KEPT).toList()));
        Revision revision = new Revision(documentId, version, next.text().length(), followed);
        store.logChange(c, new Change(who, "edit", "document", Long.toString(documentId), "version " + version
                + ": " + next.edit().replacements().size() + " replacements; codings moved "
                + revision.count(Followed.Fate.MOVED) + ", flagged " + revision.count(Followed.Fate.FLAGGED)
                + ", removed " + revision.count(Followed.Fate.REMOVED)));
        return revision;
    }

    private static List<Version.Change> diff(Prepared next) {
        String before = next.before().text();
        return next.edit().replacements().stream().map(r -> new Version.Change(r.start(), r.end(),
                before.substring(r.start(), r.end()), r.text())).toList();
    }

    private static void insertVersion(Connection c, long documentId, Version v) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO document_version(document_id, version, actor, at,"
                + " edits, codings) VALUES (?,?,?,?,?,?)")) {
            p.setLong(1, documentId);
            p.setInt(2, v.version());
            p.setString(3, v.actor());
            p.setString(4, v.at());
            p.setString(5, json(v.edits()));
            p.setString(6, json(v.codings()));
            p.executeUpdate();
        }
    }

    /** The stored versions of a document, oldest first (none after a purge, or when it was never edited). */
    public List<Version> versions(long documentId) {
        return store.read(c -> {
            existing(c, documentId);
            return versions(c, documentId, 0);
        });
    }

    private static List<Version> versions(Connection c, long documentId, int after) throws SQLException {
        List<Version> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT version, actor, at, edits, codings FROM document_version"
                + " WHERE document_id = ? AND version > ? ORDER BY version")) {
            p.setLong(1, documentId);
            p.setInt(2, after);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Version(r.getInt(1), r.getString(2), r.getString(3),
                            read(r.getString(4), new TypeReference<List<Version.Change>>() { }),
                            read(r.getString(5), new TypeReference<List<Followed>>() { })));
                }
            }
        }
        return out;
    }

    /** The document's current text and version. */
    public Corpus.Versioned current(long documentId) {
        return store.read(c -> existing(c, documentId));
    }

    /**
     * The document's text as it was at {@code version} (0: as imported), rebuilt from the current text by taking
     * the stored edits back, newest first.
     */
    public String textAt(long documentId, int version) {
        return store.read(c -> {
            Corpus.Versioned current = existing(c, documentId);
            if (version < 0 || version > current.version()) {
                throw RevisionException.notFound("version.notFound", "document " + documentId + " has versions 0 to "
                        + current.version() + ", not " + version, "version", version, "last", current.version());
            }
            List<Version> newer = versions(c, documentId, version);
            if (newer.size() != current.version() - version) {
                throw RevisionException.notFound("version.purged", "the versions of document " + documentId
                        + " before its current one were purged", "version", version);
            }
            String text = current.text();
            for (Version v : newer.reversed()) {
                text = takeBack(text, v);
            }
            return text;
        });
    }

    /** The text before {@code v}, from the text after it. */
    private static String takeBack(String after, Version v) {
        List<Replacement> back = new ArrayList<>();
        int shift = 0;
        for (Version.Change ch : v.edits()) {
            int start = ch.start() + shift;
            back.add(new Replacement(start, start + ch.inserted().length(), ch.removed()));
            shift += ch.inserted().length() - (ch.end() - ch.start());
        }
        return TextEdit.of(after, back).apply(after);
    }

    /**
     * Deletes every stored version of a document, by {@code actor}: the current text stays, the texts before it
     * are gone, from the database file and its log too. Returns how many versions were deleted.
     */
    public int purge(long documentId, String actor) {
        String who = requireActor(actor);
        int purged = store.write(c -> {
            existing(c, documentId);
            int n;
            try (PreparedStatement p = c.prepareStatement("DELETE FROM document_version WHERE document_id = ?")) {
                p.setLong(1, documentId);
                n = p.executeUpdate();
            }
            store.logChange(c, new Change(who, "purge-versions", "document", Long.toString(documentId),
                    n + " versions"));
            return n;
        });
        store.scrub();
        return purged;
    }

    private static Corpus.Versioned existing(Connection c, long documentId) throws SQLException {
        try {
            return Corpus.versioned(c, documentId);
        } catch (IllegalArgumentException e) {
            throw RevisionException.notFound("document.notFound", "no document with id " + documentId,
                    "document", documentId);
        }
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 100) {
            throw RevisionException.invalid("edit.actor", "every edit needs an actor name (1 to 100 characters)");
        }
        return actor.strip();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a version is always serialisable", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored version: " + json, e);
        }
    }
}
