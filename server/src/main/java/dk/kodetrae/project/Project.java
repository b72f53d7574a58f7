package dk.kodetrae.project;

import dk.kodetrae.agreement.Agreement;
import dk.kodetrae.analysis.Crosstab;
import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.coding.AutoCoder;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.coding.Retrieval;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.export.Excerpt;
import dk.kodetrae.export.ExcerptSource;
import dk.kodetrae.deletion.Deletions;
import dk.kodetrae.history.History;
import dk.kodetrae.memo.Memos;
import dk.kodetrae.pseudonym.Pseudonyms;
import dk.kodetrae.revision.Revisions;
import dk.kodetrae.round.Consensus;
import dk.kodetrae.round.Rounds;
import dk.kodetrae.search.SearchIndex;
import dk.kodetrae.store.Store;
import dk.kodetrae.transcript.AttributeEditor;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.ImportReport;
import dk.kodetrae.transcript.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An open project. Imports go to the store first (all or nothing) and then to the index; if the process dies
 * before the index has committed them, the index is found stale on the next open and rebuilt from the store.
 */
public final class Project implements AutoCloseable {
    public static final String DATABASE = "project.db";
    public static final String INDEX = "index";

    private final Path directory;
    private final Store store;
    private final Corpus corpus;
    private final SearchIndex index;
    private final Codebooks codebooks;
    private final Codings codings;
    private final History history;
    private final Memos memos;
    private final Crosstab crosstab;
    private final Settings settings;
    private final Revisions revisions;
    private final Deletions deletions;
    private final Pseudonyms pseudonyms;

    private Project(Path directory, Store store, boolean forReading) {
        this.directory = directory;
        this.store = store;
        this.corpus = new Corpus(store);
        this.index = forReading ? SearchIndex.openForReading(directory.resolve(INDEX), corpus)
                : SearchIndex.open(directory.resolve(INDEX), corpus);
        this.history = new History(store, Map.of("coding", Codings.rowWriter(), "code", Codebooks.rowWriter(),
                "consensus_decision", Consensus.WRITER));
        this.codebooks = new Codebooks(store, history, Codings.ofCodes());
        this.codings = new Codings(store, history);
        this.memos = new Memos(store);
        this.crosstab = new Crosstab(store, corpus, codebooks);
        this.settings = new Settings(store, corpus, codebooks);
        this.revisions = new Revisions(store, codings, index);
        this.deletions = new Deletions(store, corpus, codings, codebooks, history, index);
        this.pseudonyms = new Pseudonyms(store, corpus, revisions, directory);
    }

    /** Opens the project in {@code directory}, creating an empty one if there is none. */
    public static Project open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    public static Project open(Path directory, Clock clock) {
        return open(directory, clock, false);
    }

    /** Whether {@code directory} holds a project (its database). */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve(DATABASE));
    }

    /**
     * Opens an existing project for reading: its search index is opened without the writer's lock (see
     * {@link SearchIndex#openForReading}), so this works while a server has the project open. The store is opened
     * as usual (SQLite lets readers and one writer share it); callers must not write through this project.
     *
     * @throws IllegalArgumentException when {@code directory} holds no project; nothing is created then
     */
    public static Project openForReading(Path directory) {
        requireExisting(directory);
        return open(directory, Clock.systemUTC(), true);
    }

    /**
     * Opens an existing project.
     *
     * @throws IllegalArgumentException when {@code directory} holds no project; nothing is created then
     */
    public static Project openExisting(Path directory) {
        requireExisting(directory);
        return open(directory);
    }

    private static void requireExisting(Path directory) {
        if (!exists(directory)) {
            throw new IllegalArgumentException("there is no Kodetræ project in " + directory);
        }
    }

    private static Project open(Path directory, Clock clock, boolean forReading) {
        Store store = Store.open(directory.resolve(DATABASE), clock);
        try {
            return new Project(directory, store, forReading);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public Path directory() {
        return directory;
    }

    public Store store() {
        return store;
    }

    public Corpus corpus() {
        return corpus;
    }

    public SearchIndex index() {
        return index;
    }

    public Codebooks codebooks() {
        return codebooks;
    }

    public Codings codings() {
        return codings;
    }

    public Memos memos() {
        return memos;
    }

    /** Edits of documents' texts and their versions. */
    public Revisions revisions() {
        return revisions;
    }

    /** Deletes of documents, codes and memos that leave no trace in the project's files. */
    public Deletions deletions() {
        return deletions;
    }

    /** The study's settings: cluster attribute, default codebook, attribution template, group labels. */
    public Settings settings() {
        return settings;
    }

    /** Pseudonymisation: candidates, the list of names, decisions in the key file apart from the project. */
    public Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    /** The crosstab service; one per project, so its snapshot of the codings is reused until the store changes. */
    public Crosstab crosstab() {
        return crosstab;
    }

    /** Intercoder agreement: figures per code and the passages where coders differ. */
    public Agreement agreement() {
        return new Agreement(store, corpus, codebooks, rounds());
    }

    public ExcerptSource excerpts() {
        return new ExcerptSource(corpus, codebooks, codings);
    }

    /**
     * The excerpts of an export. When the project restricts exports to pseudonymised documents, the excerpts of
     * the others are left out, and named in {@link Exportable#leftOut}.
     */
    public Exportable exportable(ExcerptSource.Selection selection) {
        ExcerptSource.Excerpts all = excerpts().collect(selection);
        if (!settings.effective().pseudonymisedExportsOnly()) {
            return new Exportable(all, List.of());
        }
        Set<String> notYet = new HashSet<>(pseudonyms.notPseudonymised());
        List<Excerpt> kept = all.excerpts().stream().filter(e -> !notYet.contains(e.documentName())).toList();
        List<String> leftOut = all.excerpts().stream().map(Excerpt::documentName).filter(notYet::contains)
                .distinct().sorted().toList();
        return new Exportable(new ExcerptSource.Excerpts(kept, all.codeOrder()), leftOut);
    }

    /** The excerpts an export may hold, and the documents whose excerpts were left out as not pseudonymised. */
    public record Exportable(ExcerptSource.Excerpts excerpts, List<String> leftOut) {
    }

    /**
     * For exports of the whole project (REFI-QDA): refused while exports are restricted to pseudonymised documents
     * and some document is not, as leaving documents out of a project would misrepresent it.
     */
    public void requireWholeProjectExportable() {
        if (settings.effective().pseudonymisedExportsOnly()) {
            pseudonyms.requireAllPseudonymised();
        }
    }

    public AutoCoder autoCoder() {
        return new AutoCoder(store, corpus, index, codebooks, history);
    }

    /** Independent coding rounds: open, list, close. */
    public Rounds rounds() {
        return new Rounds(store);
    }

    /** Consensus decisions on closed rounds, written as the consensus coder's codings. */
    public Consensus consensus() {
        return new Consensus(store, codings, history);
    }

    public Retrieval retrieval() {
        return new Retrieval(store, corpus, index, codebooks);
    }

    /**
     * Imports files and folders with an optional manifest, then indexes what was imported. Once the store has them,
     * the import stands: if the index then fails, the report says so (see {@link SearchIndex#adding}).
     */
    public ImportReport importPaths(List<Path> inputs, Optional<Path> manifest, ImportOptions options,
                                    Importer.Progress progress) {
        return index.adding(onStored -> new Importer(corpus, options, onStored).importPaths(inputs, manifest, progress),
                Project::afterIndexRepair);
    }

    /** Imports uploaded files with an optional manifest, then indexes what was imported, as {@link #importPaths}. */
    public ImportReport importSources(List<Importer.Source> sources, Optional<Importer.Source> manifest,
                                      ImportOptions options, Importer.Progress progress) {
        return index.adding(onStored -> new Importer(corpus, options, onStored)
                .importSources(sources, manifest, List.of(), progress), Project::afterIndexRepair);
    }

    private static ImportReport afterIndexRepair(ImportReport report, SearchIndex.Repair repair) {
        return report.withIndexFailure(repair.failure(), repair.rebuilt());
    }

    /**
     * Changes attribute values of documents already in the project, all or nothing (see {@link AttributeEditor});
     * the index then commits, so that its attribute filters use the new values.
     */
    public <T> T editAttributes(String actor, Function<AttributeEditor, T> edit) {
        return index.adding(onStored -> edit.apply(new AttributeEditor(corpus, actor)));
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
