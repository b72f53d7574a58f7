package dk.kodetrae.pseudonym;

import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Replacement;
import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.revision.Revisions;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A project's pseudonymisation: candidates, the researcher's list of names and decisions (in the key file, apart
 * from the project), what applying would replace, re-identification. Thread-safe: the key is read and written
 * under this object's lock, so two decisions never overwrite each other's.
 */
public final class Pseudonyms {
    private final Store store;
    private final Corpus corpus;
    private final Path projectDirectory;
    private final Revisions revisions;
    /** The name finder's guesses per document, with the text they were found in: the costly part, kept. */
    private final Map<Long, Guesses> guesses = new java.util.HashMap<>();

    private record Guesses(String text, List<Found> finds) {
    }

    public Pseudonyms(Store store, Corpus corpus, Revisions revisions, Path projectDirectory) {
        this.store = store;
        this.corpus = corpus;
        this.revisions = revisions;
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
    }

    /** Where the key is: the file the researcher chose, or beside the project folder (never inside it). */
    public Path keyFile() {
        return store.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT path FROM pseudonym_key_file WHERE id = 1")) {
                return r.next() ? Path.of(r.getString(1)) : defaultKeyFile();
            }
        });
    }

    private Path defaultKeyFile() {
        return projectDirectory.resolveSibling(projectDirectory.getFileName() + "-pseudonym-key.json");
    }

    /**
     * Keeps the key in {@code file} from now on, moving the present key there if there is one.
     *
     * @throws PseudonymException when {@code file} is inside the project folder (exports and copies of the project
     *                            would carry it) or another file is already there
     */
    public synchronized Path moveKeyFile(Path file, String actor) {
        Path target = file.toAbsolutePath().normalize();
        if (target.startsWith(projectDirectory)) {
            throw PseudonymException.badRequest("pseudonym.keyInsideProject", "keyFile: the key must be kept apart"
                    + " from the project, not inside its folder " + projectDirectory, "file", target.toString());
        }
        Path current = keyFile();
        if (!target.equals(current) && Files.exists(target)) {
            throw PseudonymException.conflict("pseudonym.keyFileExists", "keyFile: " + target + " exists already;"
                    + " choose a new file", "file", target.toString());
        }
        if (Files.exists(current)) {
            KeyFile.write(target, key());
        }
        store.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO pseudonym_key_file(id, path) VALUES (1, ?)")) {
                p.setString(1, target.toString());
                p.executeUpdate();
            }
            store.logChange(c, new Change(actor, "move", "pseudonym key", null, target.toString()));
            return null;
        });
        deleteOld(current, target);
        return target;
    }

    private static void deleteOld(Path current, Path target) {
        if (!current.equals(target)) {
            try {
                Files.deleteIfExists(current);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("the key was copied to " + target + " but " + current
                        + " could not be removed: remove it by hand", e);
            }
        }
    }

    /** The key as it is now (an empty one before the first decision). */
    public synchronized Key key() {
        return KeyFile.read(keyFile(), projectDirectory.getFileName().toString());
    }

    public List<ListedName> names() {
        return key().names();
    }

    /** Adds a name (or changes its kind) to the project's list; kept in the key, as it is personal data. */
    public synchronized List<ListedName> addName(ListedName name, String actor) {
        Key next = key().withName(name);
        KeyFile.write(keyFile(), next);
        log(actor, "add name", name.kind().key());
        return next.names();
    }

    /** Replaces the project's list of names. */
    public synchronized List<ListedName> replaceNames(List<ListedName> names, String actor) {
        Key next = key().withNames(names);
        KeyFile.write(keyFile(), next);
        log(actor, "replace names", names.size() + " names");
        return next.names();
    }

    /** Records decisions, each for every occurrence of its original in the project. */
    public synchronized Key decide(List<Decision> decisions, String actor) {
        Key next = key();
        for (Decision d : decisions) {
            next = next.with(d);
        }
        KeyFile.write(keyFile(), next);
        log(actor, "decide", decisions.size() + " decisions");
        return next;
    }

    /**
     * The candidates of the documents asked for (all when {@code documentIds} is empty), in document and text
     * order; undecided ones carry the pseudonym proposed for them, the same for an original wherever it occurs.
     */
    public synchronized List<Candidate> candidates(Collection<Long> documentIds) {
        Key key = key();
        Map<Document, List<Found>> finds = find(key);
        Map<String, String> proposals = proposals(key, finds);
        Set<Long> wanted = new HashSet<>(documentIds);
        List<Candidate> out = new ArrayList<>();
        finds.forEach((d, found) -> {
            if (wanted.isEmpty() || wanted.contains(d.id())) {
                String text = corpus.text(d.id());
                found.forEach(f -> out.add(candidate(d, text, f, key, proposals)));
            }
        });
        return out;
    }

    /**
     * The finds of every document; a name the model found in one document is then looked for in all, so that an
     * original is proposed for replacement wherever it occurs, even where the model missed it.
     */
    private Map<Document, List<Found>> find(Key key) {
        Map<Document, String> texts = new LinkedHashMap<>();
        corpus.documents().forEach(d -> texts.put(d, corpus.text(d.id())));
        CommonWords common = CommonWords.of(texts.values());
        guesses.keySet().retainAll(texts.keySet().stream().map(Document::id).toList());
        Map<Document, List<Found>> out = new LinkedHashMap<>();
        Set<String> modelNames = new java.util.TreeSet<>();
        texts.forEach((d, text) -> {
            List<Found> found = Candidates.find(text, guesses(d.id(), text), key, common);
            found.stream().filter(f -> f.source() == Found.Source.MODEL)
                    .forEach(f -> modelNames.add(text.substring(f.start(), f.end())));
            out.put(d, found);
        });
        out.forEach((d, found) -> out.put(d, Candidates.widened(texts.get(d), found, modelNames)));
        return out;
    }

    /** The name finder's guesses in a document's text, found again only when the text has changed. */
    private List<Found> guesses(long documentId, String text) {
        Guesses known = guesses.get(documentId);
        if (known == null || !known.text().equals(text)) {
            List<dk.kodetrae.corpus.Span> sentences = corpus.sentences(documentId).stream().map(Sentence::span)
                    .toList();
            known = new Guesses(text, NameFinder.danish().find(text, sentences));
            guesses.put(documentId, known);
        }
        return known.finds();
    }

    /** A pseudonym for every undecided original, in order of first occurrence, none already taken in the key. */
    private Map<String, String> proposals(Key key, Map<Document, List<Found>> finds) {
        Set<String> taken = key.decisions().stream().filter(Decision::accepted).map(Decision::pseudonym)
                .collect(Collectors.toCollection(HashSet::new));
        Map<Kind, Integer> next = new EnumMap<>(Kind.class);
        Map<String, String> out = new TreeMap<>();
        finds.forEach((d, found) -> {
            String text = corpus.text(d.id());
            for (Found f : found) {
                String original = text.substring(f.start(), f.end());
                if (key.decision(original).isEmpty() && !out.containsKey(original)) {
                    out.put(original, unused(f.kind(), next, taken));
                }
            }
        });
        return out;
    }

    private static String unused(Kind kind, Map<Kind, Integer> next, Set<String> taken) {
        String pseudonym;
        do {
            int n = next.merge(kind, 1, Integer::sum) - 1;
            pseudonym = kind.defaultPseudonym(n);
        } while (!taken.add(pseudonym));
        return pseudonym;
    }

    private static Candidate candidate(Document d, String text, Found f, Key key, Map<String, String> proposals) {
        String original = text.substring(f.start(), f.end());
        var decision = key.decision(original);
        String status = decision.map(x -> x.accepted() ? "accepted" : "rejected").orElse("open");
        String pseudonym = decision.map(Decision::pseudonym).orElse(proposals.get(original));
        Kind kind = decision.map(Decision::kind).orElse(f.kind());
        return new Candidate(d.id(), d.name(), f.start(), f.end(), original, kind,
                f.source().name().toLowerCase(java.util.Locale.ROOT), Candidates.before(text, f.start()),
                Candidates.after(text, f.end()), status, pseudonym);
    }

    /** What applying did to one document: how many originals were replaced, and the document's new version. */
    public record Applied(long documentId, String documentName, int replacements, int version) {
    }

    /**
     * Replaces every accepted original in the documents asked for (all when {@code documentIds} is empty) by its
     * pseudonym, one transcript edit per document (codings follow, see {@link Revisions#edit}), and records each
     * document as pseudonymised, also one with nothing to replace.
     *
     * @param acceptProposed first accept every open candidate's proposal, as a researcher who checked the list
     *                       would; otherwise an open candidate refuses the document
     * @throws PseudonymException (409) naming a document with candidates not decided yet; documents before it in
     *                            the project's order have been applied then
     */
    public synchronized List<Applied> apply(Collection<Long> documentIds, boolean acceptProposed, String actor) {
        if (acceptProposed) {
            acceptOpen(documentIds, actor);
        }
        Map<Long, Integer> versions = versions(documentIds);
        Map<Long, List<Candidate>> byDocument = new LinkedHashMap<>();
        versions.keySet().forEach(id -> byDocument.put(id, new ArrayList<>()));
        candidates(versions.keySet()).forEach(c -> byDocument.get(c.documentId()).add(c));
        List<Applied> out = new ArrayList<>();
        byDocument.forEach((id, candidates) -> out.add(applyTo(id, versions.get(id), candidates, actor)));
        return out;
    }

    private void acceptOpen(Collection<Long> documentIds, String actor) {
        Map<String, Decision> open = new LinkedHashMap<>();
        candidates(documentIds).stream().filter(c -> c.status().equals("open")).forEach(c ->
                open.putIfAbsent(c.original(), new Decision(c.original(), c.kind(), true, c.pseudonym())));
        if (!open.isEmpty()) {
            decide(List.copyOf(open.values()), actor);
        }
    }

    /** The version of each document asked for, read before its candidates, so an edit meanwhile is noticed. */
    private Map<Long, Integer> versions(Collection<Long> documentIds) {
        List<Long> ids = documentIds.isEmpty() ? corpus.documents().stream().map(Document::id).toList()
                : List.copyOf(documentIds);
        Map<Long, Integer> out = new LinkedHashMap<>();
        store.read(c -> {
            for (long id : ids) {
                out.put(id, Corpus.versioned(c, id).version());
            }
            return null;
        });
        return out;
    }

    private Applied applyTo(long id, int version, List<Candidate> candidates, String actor) {
        String name = corpus.document(id).map(Document::name).orElseThrow();
        long open = candidates.stream().filter(c -> c.status().equals("open")).count();
        if (open > 0) {
            throw PseudonymException.conflict("pseudonym.undecided", name + ": " + open + " candidates are not"
                    + " decided yet; accept or reject them first", "document", name, "count", open);
        }
        List<Replacement> replacements = candidates.stream().filter(c -> c.status().equals("accepted"))
                .map(c -> new Replacement(c.start(), c.end(), c.pseudonym())).toList();
        int now = replacements.isEmpty() ? version : revisions.edit(id, version, replacements, actor).version();
        store.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO pseudonymised_document"
                    + "(document_id, applied_at, actor, replacements) VALUES (?, ?, ?, ?)")) {
                p.setLong(1, id);
                p.setString(2, store.clock().instant().toString());
                p.setString(3, actor);
                p.setInt(4, replacements.size());
                p.executeUpdate();
            }
            return store.logChange(c, new Change(actor, "pseudonymise", "document", Long.toString(id),
                    replacements.size() + " replacements"));
        });
        return new Applied(id, name, replacements.size(), now);
    }

    /**
     * The passage {@code [start, end)} of a pseudonymised document with each pseudonym followed by the original(s)
     * it replaced, e.g. "[Person A] ⟨Mette⟩"; logged (who, which document and passage, not the text).
     */
    public synchronized String reidentify(long documentId, int start, int end, String actor) {
        String text = corpus.text(documentId);
        if (start < 0 || end > text.length() || start > end) {
            throw PseudonymException.badRequest("pseudonym.passageOutside", "the passage [" + start + ", " + end
                    + ") is not within the document's text of " + text.length() + " characters",
                    "start", start, "end", end, "length", text.length());
        }
        String passage = revealed(text.substring(start, end), key().originalsByPseudonym());
        store.write(c -> store.logChange(c, new Change(actor, "reidentify", "document", Long.toString(documentId),
                "[" + start + ", " + end + ")")));
        return passage;
    }

    private static String revealed(String passage, Map<String, List<String>> originals) {
        Map<String, Kind> pseudonyms = new java.util.HashMap<>();
        originals.keySet().forEach(p -> pseudonyms.put(p, Kind.PERSON));
        List<Found> found = new ArrayList<>(Candidates.occurrences(passage, pseudonyms, Found.Source.KEY));
        found.sort(java.util.Comparator.comparingInt(Found::end).reversed());
        StringBuilder out = new StringBuilder(passage);
        for (Found f : found) {
            String pseudonym = passage.substring(f.start(), f.end());
            out.insert(f.end(), " ⟨" + String.join(" / ", originals.get(pseudonym)) + "⟩");
        }
        return out.toString();
    }

    /** The ids of the documents pseudonymised so far. */
    public Set<Long> pseudonymised() {
        return store.read(c -> {
            Set<Long> out = new HashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT document_id FROM pseudonymised_document")) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
            return out;
        });
    }

    /** The names of the documents not pseudonymised yet, in the project's order. */
    public List<String> notPseudonymised() {
        Set<Long> done = pseudonymised();
        return corpus.documents().stream().filter(d -> !done.contains(d.id())).map(Document::name).toList();
    }

    /**
     * @throws PseudonymException (409) naming the documents not pseudonymised yet, if any: for exports of the whole
     *                            project while exports are restricted to pseudonymised documents
     */
    public void requireAllPseudonymised() {
        List<String> notYet = notPseudonymised();
        if (!notYet.isEmpty()) {
            throw PseudonymException.conflict("export.notPseudonymised", "exports are restricted to pseudonymised"
                    + " documents, and " + notYet.size() + " are not pseudonymised yet: " + String.join(", ", notYet),
                    "count", notYet.size(), "documents", String.join(", ", notYet));
        }
    }

    private void log(String actor, String action, String detail) {
        store.write(c -> store.logChange(c, new Change(actor, action, "pseudonym key", null, detail)));
    }
}
