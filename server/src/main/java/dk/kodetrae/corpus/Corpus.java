package dk.kodetrae.corpus;

import dk.kodetrae.message.InvalidInput;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.MultiRowInsert;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Reads and writes the corpus tables of a project's {@link Store}. Thread-safe. */
public final class Corpus {
    /** The change-log entities whose changes make the search index stale. */
    public static final String[] INDEXED_ENTITIES = {"document", "attribute"};

    private final Store store;

    public Corpus(Store store) {
        this.store = store;
    }

    public Store store() {
        return store;
    }

    public List<Document> documents() {
        return store.read(c -> {
            Map<Long, Map<String, String>> attrs = allAttributeValues(c);
            List<Document> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, name, language, content_hash, length FROM document ORDER BY name")) {
                while (r.next()) {
                    out.add(document(r, attrs.getOrDefault(r.getLong(1), Map.of())));
                }
            }
            return out;
        });
    }

    public Optional<Document> document(long id) {
        return store.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, name, language, content_hash, length FROM document WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(document(r, attributeValues(c, id))) : Optional.empty();
                }
            }
        });
    }

    public Optional<Document> documentNamed(String name) {
        Optional<Long> id = store.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM document WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
        return id.flatMap(this::document);
    }

    /** The stored, normalised text; offsets everywhere index into this string. */
    public String text(long documentId) {
        return texts(List.of(documentId)).get(documentId);
    }

    /** The texts of several documents, read in one snapshot. */
    public Map<Long, String> texts(Collection<Long> documentIds) {
        Map<Long, String> out = existingTexts(documentIds);
        documentIds.stream().filter(id -> !out.containsKey(id)).findFirst().ifPresent(id -> {
            throw new InvalidInput("document.notFound", "no document with id " + id, "document", id);
        });
        return out;
    }

    /** The texts of those of the documents that exist, read in one snapshot (a search's may have been deleted). */
    public Map<Long, String> existingTexts(Collection<Long> documentIds) {
        return store.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT text FROM document WHERE id = ?")) {
                for (long id : documentIds) {
                    p.setLong(1, id);
                    try (ResultSet r = p.executeQuery()) {
                        if (r.next()) {
                            out.put(id, r.getString(1));
                        }
                    }
                }
            }
            return out;
        });
    }

    public List<Turn> turns(long documentId) {
        return store.read(c -> turns(c, documentId));
    }

    public List<Sentence> sentences(long documentId) {
        return store.read(c -> {
            List<Sentence> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT seq, turn_seq, start_offset, end_offset FROM sentence
                    WHERE document_id = ? ORDER BY seq""")) {
                p.setLong(1, documentId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Sentence(r.getInt(1), r.getInt(2), new Span(r.getInt(3), r.getInt(4))));
                    }
                }
            }
            return out;
        });
    }

    /** Number of turns and sentences of every document, by document id. */
    public Map<Long, UnitCounts> unitCounts() {
        return store.read(c -> {
            Map<Long, UnitCounts> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                    SELECT d.id,
                           (SELECT COUNT(*) FROM turn t WHERE t.document_id = d.id),
                           (SELECT COUNT(*) FROM sentence s WHERE s.document_id = d.id)
                    FROM document d""")) {
                while (r.next()) {
                    out.put(r.getLong(1), new UnitCounts(r.getInt(2), r.getInt(3)));
                }
            }
            return out;
        });
    }

    /** How many turns and sentence units a document has. */
    public record UnitCounts(int turns, int sentences) {
    }

    public List<Attribute> attributes() {
        return store.read(c -> {
            List<Attribute> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT name, type FROM attribute ORDER BY name")) {
                while (r.next()) {
                    out.add(new Attribute(r.getString(1), AttributeType.of(r.getString(2)).orElseThrow()));
                }
            }
            return out;
        });
    }

    /** Distinct values of every attribute with the number of documents holding each. */
    public Map<String, Map<String, Integer>> attributeValueCounts() {
        return store.read(c -> {
            Map<String, Map<String, Integer>> out = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT attribute, value, COUNT(*) FROM document_attribute GROUP BY attribute, value")) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), r.getInt(3));
                }
            }
            return out;
        });
    }

    /**
     * Stores new documents, new attributes and attribute values of existing documents in one transaction:
     * all of it or, on any failure, none of it. Each document goes to {@code onStored} as soon as it is written,
     * before the transaction commits: the search index indexes it meanwhile, and must drop what it was handed if
     * this method throws.
     *
     * @param existingAttributeValues document name to attribute values for documents already in the project
     * @return the ids given to {@code documents}, in order
     */
    public List<Long> add(List<NewDocument> documents, List<Attribute> newAttributes,
                          Map<String, Map<String, String>> existingAttributeValues, String actor,
                          Consumer<StoredDocument> onStored) {
        return store.write(c -> {
            List<Long> ids = insert(c, documents, newAttributes, Map.of(), actor, onStored);
            for (var e : existingAttributeValues.entrySet()) {
                long id = idOf(c, e.getKey());
                setAttributes(c, id, e.getValue());
                store.logChange(c, new Change(actor, "set-attributes", "document", Long.toString(id), e.getKey()));
            }
            return ids;
        });
    }

    /**
     * Stores new attributes and new documents inside the caller's write transaction (see {@link Store#write}), for
     * an import that writes more than documents and must be all or nothing as a whole. Each document goes to
     * {@code onStored} as in {@link #add}. A document whose {@code guids} entry is given keeps that guid.
     *
     * @param guids document name to the stable UUID it should get; documents not in it get a new one
     * @return the ids given to {@code documents}, in order
     */
    public List<Long> insert(Connection c, List<NewDocument> documents, List<Attribute> newAttributes,
                             Map<String, String> guids, String actor, Consumer<StoredDocument> onStored)
            throws SQLException {
        for (Attribute a : newAttributes) {
            insertAttribute(c, a);
            store.logChange(c, new Change(actor, "create", "attribute", a.name(), a.type().id()));
        }
        List<Long> ids = new ArrayList<>();
        for (NewDocument d : documents) {
            StoredDocument stored = insertDocument(c, d, guids.get(d.name()));
            long id = stored.document().id();
            ids.add(id);
            onStored.accept(stored);
            store.logChange(c, new Change(actor, "import", "document", Long.toString(id), d.name()));
        }
        return ids;
    }

    /** The stable UUID of every document, by id. */
    public Map<Long, String> guids() {
        return store.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, guid FROM document")) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getString(2));
                }
            }
            return out;
        });
    }

    /**
     * Changes attribute values of documents already in the project, and creates new attributes, in one transaction:
     * all of it or, on any failure, none of it. An empty value removes the attribute from the document. Each
     * document changed is logged ({@code set-attributes}, with the values set) under {@code actor}.
     *
     * @param values document name to attribute values
     */
    public void setAttributes(List<Attribute> newAttributes, Map<String, Map<String, String>> values, String actor) {
        store.write(c -> {
            for (Attribute a : newAttributes) {
                insertAttribute(c, a);
                store.logChange(c, new Change(actor, "create", "attribute", a.name(), a.type().id()));
            }
            for (var e : values.entrySet()) {
                long id = idOf(c, e.getKey());
                Map<String, String> set = new TreeMap<>(e.getValue());
                set.values().removeIf(String::isEmpty);
                setAttributes(c, id, set);
                removeAttributes(c, id, e.getValue().entrySet().stream()
                        .filter(v -> v.getValue().isEmpty()).map(Map.Entry::getKey).toList());
                store.logChange(c, new Change(actor, "set-attributes", "document", Long.toString(id),
                        e.getKey() + ": " + new TreeMap<>(e.getValue())));
            }
            return null;
        });
    }

    private static void removeAttributes(Connection c, long documentId, List<String> names) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "DELETE FROM document_attribute WHERE document_id = ? AND attribute = ?")) {
            for (String name : names) {
                p.setLong(1, documentId);
                p.setString(2, name);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private StoredDocument insertDocument(Connection c, NewDocument d, String guid) throws SQLException {
        long id;
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO document(name, text, length, language, content_hash, source_file, imported_at, guid)
                VALUES (?,?,?,?,?,?,?,?) RETURNING id""")) {
            p.setString(1, d.name());
            p.setString(2, d.text());
            p.setInt(3, d.text().length());
            p.setString(4, d.language());
            p.setString(5, d.contentHash());
            p.setString(6, d.sourceFile());
            p.setString(7, store.clock().instant().toString());
            p.setString(8, guid);
            id = Store.insertedId(p);
        }
        setAttributes(c, id, d.attributes());
        insertTurns(c, id, d.turns());
        insertSentences(c, id, d.sentences());
        return new StoredDocument(new Document(id, d.name(), d.language(), d.contentHash(), d.text().length(),
                d.attributes()), d.text(), d.turns(), d.sentences());
    }

    /**
     * Many rows to a statement: a turn or a sentence is a narrow row, and one statement per row would cost more
     * in the calls into SQLite than the insert itself (see {@link MultiRowInsert}).
     */
    private static void insertTurns(Connection c, long documentId, List<Turn> turns) throws SQLException {
        try (MultiRowInsert insert = new MultiRowInsert(c, "turn", "document_id", "seq", "speaker", "role",
                "timestamp", "line", "start_offset", "end_offset")) {
            for (Turn t : turns) {
                insert.row(documentId, t.seq(), t.speaker(), t.role().id(), t.timestamp(), t.line(),
                        t.span().start(), t.span().end());
            }
        }
    }

    private static void insertSentences(Connection c, long documentId, List<Sentence> sentences)
            throws SQLException {
        try (MultiRowInsert insert = new MultiRowInsert(c, "sentence", "document_id", "seq", "turn_seq",
                "start_offset", "end_offset")) {
            for (Sentence s : sentences) {
                insert.row(documentId, s.seq(), s.turnSeq(), s.span().start(), s.span().end());
            }
        }
    }

    private static void insertAttribute(Connection c, Attribute a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO attribute(name, type) VALUES (?,?)")) {
            p.setString(1, a.name());
            p.setString(2, a.type().id());
            p.executeUpdate();
        }
    }

    private static void setAttributes(Connection c, long documentId, Map<String, String> values)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT OR REPLACE INTO document_attribute(document_id, attribute, value) VALUES (?,?,?)")) {
            for (var e : values.entrySet()) {
                p.setLong(1, documentId);
                p.setString(2, e.getKey());
                p.setString(3, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static long idOf(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM document WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("no document named " + name);
                }
                return r.getLong(1);
            }
        }
    }

    /** The stored text and version of a document, inside the caller's transaction. */
    public static Versioned versioned(Connection c, long documentId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT text, version FROM document WHERE id = ?")) {
            p.setLong(1, documentId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalArgumentException("no document with id " + documentId);
                }
                return new Versioned(r.getString(1), r.getInt(2));
            }
        }
    }

    /** A document's text and the number of edits it has had (0: as imported). */
    public record Versioned(String text, int version) {
    }

    /**
     * Replaces a document's text, with the turns and sentences found in the new text, inside the caller's write
     * transaction; the caller has checked the text and moved what points into it.
     */
    public static void replaceText(Connection c, long documentId, Versioned text, String contentHash, List<Turn> turns,
                            List<Sentence> sentences) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE document SET text = ?, length = ?, content_hash = ?, version = ? WHERE id = ?")) {
            p.setString(1, text.text());
            p.setInt(2, text.text().length());
            p.setString(3, contentHash);
            p.setInt(4, text.version());
            p.setLong(5, documentId);
            p.executeUpdate();
        }
        // Sentences first: the cascade from each turn would otherwise look for its sentences among all of them.
        for (String table : List.of("sentence", "turn")) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                p.setLong(1, documentId);
                p.executeUpdate();
            }
        }
        insertTurns(c, documentId, turns);
        insertSentences(c, documentId, sentences);
    }

    /** Whether another document already has exactly this text (content hashes are unique). */
    public static boolean otherHasText(Connection c, long documentId, String contentHash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM document WHERE content_hash = ? AND id <> ?")) {
            p.setString(1, contentHash);
            p.setLong(2, documentId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * Deletes a document with its attribute values, turns, sentences and versions (their rows cascade), inside the
     * caller's write transaction; its codings and memos must be gone first.
     */
    public static void delete(Connection c, long documentId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
            p.setLong(1, documentId);
            if (p.executeUpdate() == 0) {
                throw new IllegalArgumentException("no document with id " + documentId);
            }
        }
    }

    static List<Turn> turns(Connection c, long documentId) throws SQLException {
        List<Turn> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT seq, speaker, role, timestamp, line, start_offset, end_offset
                FROM turn WHERE document_id = ? ORDER BY seq""")) {
            p.setLong(1, documentId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Turn(r.getInt(1), r.getString(2), SpeakerRole.of(r.getString(3)), r.getString(4),
                            r.getInt(5), new Span(r.getInt(6), r.getInt(7))));
                }
            }
        }
        return out;
    }

    private static Document document(ResultSet r, Map<String, String> attributes) throws SQLException {
        return new Document(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5), attributes);
    }

    private static Map<String, String> attributeValues(Connection c, long documentId) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT attribute, value FROM document_attribute WHERE document_id = ?")) {
            p.setLong(1, documentId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
        }
        return out;
    }

    private static Map<Long, Map<String, String>> allAttributeValues(Connection c) throws SQLException {
        Map<Long, Map<String, String>> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT document_id, attribute, value FROM document_attribute")) {
            while (r.next()) {
                out.computeIfAbsent(r.getLong(1), k -> new TreeMap<>()).put(r.getString(2), r.getString(3));
            }
        }
        return out;
    }
}
