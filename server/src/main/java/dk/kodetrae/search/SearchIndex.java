package dk.kodetrae.search;

import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.corpus.StoredDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The project's Lucene index. It is derived from the store: its commit data records the store generation it
 * reflects, which counts every change of the indexed rows, by Kodetræ or by hand; {@link #open} rebuilds it when it
 * is missing, stale or unreadable, and a search that finds the store changed behind its back rebuilds it first. Thread-safe; one process at a
 * time may open a project's index for writing, and any number may open it with {@link #openForReading} beside it.
 */
public final class SearchIndex implements AutoCloseable {
    /** The store generation (see {@link dk.kodetrae.store.Store#generation}) the index reflects. */
    static final String STORE_GENERATION = "kodetrae.storeGeneration";
    static final String SCHEMA = "kodetrae.indexSchema";
    /** Bump when the fields or analysis change, so older indexes are rebuilt. */
    static final String SCHEMA_VERSION = "9";
    /** Commit data of an index whose rebuild stopped: the document it stopped at, and why. */
    static final String STOPPED_AT = "kodetrae.stoppedAt";
    static final String STOP_NOTE = "kodetrae.stopNote";
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    private final Path path;
    private final Corpus corpus;
    private final Directory directory;
    /** Null when opened for reading only. Replaced by {@link #repair} when it failed. */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /**
     * Commits the index a moment after it changed ({@link #COMMIT_DELAY}), so that one-document imports do not each
     * pay for a commit and its flushes to disk; null when opened for reading only.
     */
    private final ScheduledExecutorService committer;
    /** The scheduled commit, if any; guarded by this. */
    private ScheduledFuture<?> commitDue;
    /** The store generation the writer's documents reflect and the last commit does not yet; guarded by this. */
    private long uncommitted = NOTHING;
    private static final long NOTHING = -1;
    /**
     * How long after an import the index is committed. What an answer acknowledged is in the store, the source of
     * truth, and searchable (the writer's own reader sees it); the commit only saves rebuilding the index from the
     * store should the process die, so it can wait for a pause in the work.
     */
    static final Duration COMMIT_DELAY = Duration.ofMillis(500);
    /** Opened for reading while another process had the index open, and the index was behind the store then. */
    private final boolean behindStore;
    private final QueryLanguage language = QueryLanguage.standard();
    private volatile IndexedDocuments documents = IndexedDocuments.of(List.of());
    /** The store generation of the last commit (or of the index as opened); -1 when opened for reading. */
    private volatile long generation = -1;
    /** Set while this index writes: the store's generation is then ahead of the index on purpose. */
    private volatile boolean writing;
    /**
     * How long one search may run. Fuzzy and prefix words can expand to many terms; without a budget, sixteen
     * queries of 160 fuzzy words kept every server thread busy for minutes.
     */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(10);
    private volatile Duration timeBudget = TIME_BUDGET;
    private final boolean rebuiltOnOpen;
    private volatile IndexHealth health = IndexHealth.IN_STEP;
    /**
     * Indexing threads, one per core. The common pool has one thread fewer than there are cores (it counts on the
     * caller's thread), and a store transaction's caller waits on the store's writer thread.
     */
    private final ForkJoinPool indexers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    /** @param damage why an index that was current is rebuilt, or null */
    private SearchIndex(Path path, Corpus corpus, Directory directory, IndexWriter writer, boolean rebuild,
                        String damage) throws IOException {
        this.path = path;
        this.corpus = corpus;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.committer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("kodetrae-index-commit").daemon().factory());
        this.rebuiltOnOpen = rebuild;
        this.behindStore = false;
        if (rebuild) {
            rebuild(Progress.NONE);
            if (damage != null && health.complete()) {
                health = IndexHealth.repaired(damage);
            }
        } else {
            verifyChecksums();
            reloadDocuments();
            writer.getLiveCommitData().forEach(e -> {
                if (e.getKey().equals(STORE_GENERATION) && e.getValue().matches("\\d+")) {
                    generation = Long.parseLong(e.getValue());
                }
            });
        }
    }

    /** An index opened for reading only: it holds no lock, so another process may write the index meanwhile. */
    private SearchIndex(Path path, Corpus corpus, Directory directory, boolean behindStore) throws IOException {
        this.path = path;
        this.corpus = corpus;
        this.directory = directory;
        this.writer = null;
        this.searchers = new SearcherManager(directory, null);
        this.committer = null;
        this.rebuiltOnOpen = false;
        this.behindStore = behindStore;
        verifyChecksums();
        Map<String, String> committed = SegmentInfos.readLatestCommit(directory).getUserData();
        if (committed.containsKey(STOPPED_AT)) {
            health = IndexHealth.stoppedAsCommitted(committed.get(STOPPED_AT), committed.get(STOP_NOTE));
        }
        reloadDocuments();
    }

    /**
     * Reads every file of the snapshot and checks it against its checksum. Opening reads only the files' headers
     * and footers, so bytes flipped inside a segment went unnoticed until some search answered 400 "Illegal field
     * number"; a damaged index is rebuilt from the store instead (see {@link #open}).
     */
    private void verifyChecksums() throws IOException {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(searchers);
            throw e;
        }
    }

    /** Reports progress of long index work. */
    @FunctionalInterface
    public interface Progress {
        void indexed(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /**
     * Opens the index at {@code path}, rebuilding it from the corpus if it is missing, stale or damaged (a file that
     * fails its checksum or cannot be read); {@link #health()} says what happened.
     */
    public static SearchIndex open(Path path, Corpus corpus) {
        try {
            Files.createDirectories(path);
            String damage = null;
            if (isCurrent(path, corpus)) {
                try {
                    return openAt(path, corpus, false, null);
                } catch (LockObtainFailedException e) {
                    throw e;
                } catch (IOException | RuntimeException unreadable) {
                    damage = unreadable.getClass().getSimpleName() + ": " + unreadable.getMessage();
                    LOG.warning("the search index in " + path + " is damaged (" + damage + "); rebuilding it from"
                            + " the store");
                }
            }
            wipe(path);
            return openAt(path, corpus, true, damage);
        } catch (LockObtainFailedException e) {
            throw new UncheckedIOException("the project " + path.getParent()
                    + " is open in another Kodetræ process; stop that one first", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the index for searching only, so that the CLI can search a project a server has open. A current index
     * is read without the writer's lock. One that is missing, stale or unreadable is rebuilt as by {@link #open} when
     * no other process has it open; when another has (and so keeps it up to date), what it last committed is
     * searched, and {@link #behindStore()} says that the newest changes may be missing. An index of an older schema
     * held by another process cannot be searched meaningfully and is refused.
     */
    public static SearchIndex openForReading(Path path, Corpus corpus) {
        try {
            if (isCurrent(path, corpus)) {
                try {
                    return readerAt(path, corpus, false);
                } catch (IOException unreadable) {
                    // Rebuilt below if no one else has it open, like any stale index.
                }
            }
            if (!heldByAnotherWriter(path)) {
                return open(path, corpus);
            }
            if (!ofThisSchema(path)) {
                throw new UncheckedIOException(new IOException("the search index of " + path.getParent()
                        + " is being rebuilt by the Kodetræ process that has the project open; try again when it has"
                        + " finished"));
            }
            return readerAt(path, corpus, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    private static SearchIndex readerAt(Path path, Corpus corpus, boolean behindStore) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            return new SearchIndex(path, corpus, directory, behindStore);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    private static boolean heldByAnotherWriter(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Directory d = FSDirectory.open(path)) {
            d.obtainLock(IndexWriter.WRITE_LOCK_NAME).close();
            return false;
        } catch (LockObtainFailedException e) {
            return true;
        }
    }

    private static boolean ofThisSchema(Path path) {
        try (Directory d = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(d)
                    && SCHEMA_VERSION.equals(SegmentInfos.readLatestCommit(d).getUserData().get(SCHEMA));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether this index was opened for reading beside another process while it was behind the store: searches
     * then miss what that process has stored but not yet indexed.
     */
    public boolean behindStore() {
        return behindStore;
    }

    private static SearchIndex openAt(Path path, Corpus corpus, boolean rebuild, String damage) throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = null;
        try {
            writer = newWriter(directory);
            return new SearchIndex(path, corpus, directory, writer, rebuild, damage);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    /**
     * A writer for this index. Every one-document import flushes a small segment (so that it is searchable at the
     * answer), and Lucene's default merge policy rounds segments below 16 MB up to that size, which made it merge
     * the largest small segment again with every few new ones: merging took a third of the server's CPU for
     * uploads of one transcript each (JFR). Rounded up to 1 MB only, small segments merge with their like, and each
     * document is rewritten a few times, not with every few uploads.
     */
    private static IndexWriter newWriter(Directory directory) throws IOException {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setFloorSegmentMB(1);
        return new IndexWriter(directory, new IndexWriterConfig(Analysis.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setMergePolicy(merges));
    }

    /** Whether {@link #open} found the index missing, stale or corrupt and rebuilt it. */
    public boolean rebuiltOnOpen() {
        return rebuiltOnOpen;
    }

    /** Whether the index holds every document of the store, and what it had to do on open to get there. */
    public IndexHealth health() {
        return health;
    }

    private static boolean isCurrent(Path path, Corpus corpus) {
        try (Directory d = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(d)) {
                return false;
            }
            // The commit alone, not its segments: those are opened once, by the writer's reader.
            Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
            long expected = corpus.store().generation();
            return SCHEMA_VERSION.equals(data.get(SCHEMA)) && Long.toString(expected).equals(data.get(STORE_GENERATION));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void wipe(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * Rebuilds the whole index from the store. A document that cannot be indexed stops the rebuild: what was
     * indexed is committed as incomplete (so the next open tries again) and {@link #health()} names the document.
     */
    public synchronized void rebuild(Progress progress) {
        writing = true;
        try {
            long change = corpus.store().generation();
            writer().deleteAll();
            List<Document> all = corpus.documents();
            AtomicInteger done = new AtomicInteger();
            AtomicReference<IndexHealth> stopped = new AtomicReference<>();
            inParallel(all, d -> {
                if (stopped.get() == null && indexedOrStopped(d, stopped)) {
                    synchronized (done) {
                        progress.indexed(done.incrementAndGet(), all.size());
                    }
                }
            });
            health = stopped.get() == null ? IndexHealth.IN_STEP : stopped.get();
            commitAfterRebuild(change);
        } catch (IOException e) {
            throw new UncheckedIOException("rebuilding the search index in " + path + " failed", e);
        } finally {
            writing = false;
        }
    }

    /**
     * Indexes {@code d}, or records in {@code stopped} why it cannot be. Errors are caught too: a document so large
     * that indexing it ran out of memory killed the process on every start, so the project could not be opened;
     * the memory it took is free again once its indexing is abandoned.
     */
    private boolean indexedOrStopped(Document d, AtomicReference<IndexHealth> stopped) throws IOException {
        try {
            writeUnits(d);
            return true;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            if (stopped.compareAndSet(null, IndexHealth.stoppedAt(d.name(), e))) {
                LOG.severe(stopped.get().note());
            }
            return false;
        }
    }

    /**
     * After an Error in Lucene's own indexing its writer is closed: searches go on with what they had, and do not
     * try to catch up with the store again (see {@link #catchUpWithStore}).
     */
    private void commitAfterRebuild(long change) throws IOException {
        try {
            commit(change);
        } catch (AlreadyClosedException e) {
            if (health.complete()) {
                throw e;
            }
            generation = change;
        }
    }

    /**
     * Runs {@code write}, a store transaction that adds documents, and indexes each document as soon as it is
     * written, on other threads: the store has one writer thread, and indexing meanwhile keeps both cores busy.
     * If {@code write} fails, what was indexed for it is deleted, so the index never shows a document the store does
     * not have. Once the store has committed, the documents are made searchable before this returns, and the index
     * is committed a moment later ({@link #COMMIT_DELAY}): should the process die before, the index is found behind
     * the store when the project is next opened, and rebuilt from it. Attributes set on documents already indexed
     * need only the refreshed snapshot of the documents (filters look them up).
     *
     * <p>Should the index fail once the store has committed, the store's work stands and is not reported as a
     * failure: the index is rebuilt from the store ({@link #repair}), and {@code afterRepair} makes the result say so.
     */
    public synchronized <T> T adding(Function<Consumer<StoredDocument>, T> write, BiFunction<T, Repair, T> afterRepair) {
        requireWriter();
        writing = true;
        try {
            return addingNow(write, afterRepair);
        } finally {
            writing = false;
        }
    }

    /** As {@link #adding(Function, BiFunction)}, for work whose result need not say that the index was repaired. */
    public <T> T adding(Function<Consumer<StoredDocument>, T> write) {
        return adding(write, (result, repair) -> result);
    }

    private <T> T addingNow(Function<Consumer<StoredDocument>, T> write, BiFunction<T, Repair, T> afterRepair) {
        List<ForkJoinTask<?>> indexing = Collections.synchronizedList(new ArrayList<>());
        List<Long> written = Collections.synchronizedList(new ArrayList<>());
        T result;
        try {
            result = write.apply(stored -> {
                written.add(stored.document().id());
                indexing.add(indexers.submit(() -> writeUnitsUnchecked(stored)));
            });
        } catch (RuntimeException e) {
            awaitAll(indexing);
            discard(written);
            throw e;
        }
        try {
            awaitAll(indexing);
            long storeGeneration = corpus.store().generation();
            refresh(storeGeneration);
            commitLater(storeGeneration);
            return result;
        } catch (IOException | RuntimeException failed) {
            return afterRepair.apply(result, repair(failed));
        }
    }

    /**
     * How the index was put right after it failed while the store's work had been committed.
     *
     * @param failure what failed, in English
     * @param rebuilt whether the index was rebuilt from the store, so that it shows everything; if not (another
     *                process holds the index, or it failed again), it is rebuilt when the project is next opened
     */
    public record Repair(String failure, boolean rebuilt) {
    }

    /**
     * Replaces a writer that failed with a new one and rebuilds the index from the store. Lucene closes a writer
     * that met an error while writing files (and one whose lock file was deleted under it), so the old one is
     * of no further use. The new commit records the store's generation, so the index is current again; when the new
     * writer cannot be had, the last commit stays behind the store and the next open rebuilds it.
     */
    private synchronized Repair repair(Exception failed) {
        String failure = describe(failed);
        cancelCommit();
        try {
            writer.rollback();
        } catch (IOException | RuntimeException alreadyClosed) {
            // A writer closed by its failure has nothing left to roll back.
        }
        IOUtils.closeWhileHandlingException(searchers);
        try {
            IndexWriter fresh = newWriter(directory);
            writer = fresh;
            searchers = new SearcherManager(fresh, null);
            rebuild(Progress.NONE);
            LOG.warning("the search index in " + path + " failed (" + failure + ") and was rebuilt from the store");
            return new Repair(failure, true);
        } catch (IOException | RuntimeException again) {
            LOG.severe("the search index in " + path + " failed (" + failure + ") and could not be rebuilt now: "
                    + describe(again));
            return new Repair(failure, false);
        }
    }

    /** The failure and, if another exception caused it, the first cause: "…: NoSuchFileException: …/write.lock". */
    private static String describe(Throwable failed) {
        Throwable root = failed;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
        return root == failed ? first : first + ": " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * Runs {@code write}, a store transaction that changes or deletes the documents {@code documentIds}, and then
     * indexes them anew from the store (a deleted one is only removed). The store commits first: if the process dies
     * before the index commits, the index is found behind the store on the next open and rebuilt.
     *
     * @param purge whether to rewrite the segments that held the old units, so that no file of the index keeps
     *              their words (a delete without a trace); otherwise Lucene merges them away in its own time
     */
    public synchronized <T> T changing(Collection<Long> documentIds, boolean purge, Supplier<T> write) {
        requireWriter();
        writing = true;
        try {
            T result = write.get();
            writer.deleteDocuments(LongField.newSetQuery(UnitDocuments.DOC,
                    documentIds.stream().mapToLong(Long::longValue).toArray()));
            Map<Long, Document> stored = new HashMap<>();
            corpus.documents().forEach(d -> stored.put(d.id(), d));
            for (long id : documentIds) {
                Document d = stored.get(id);
                if (d != null) {
                    writeUnits(d);
                }
            }
            if (purge) {
                writer.forceMergeDeletes(true);
            }
            commit(corpus.store().generation());
            if (purge) {
                // Segments an older commit named are deleted once no reader holds them: the refresh in commit let go.
                writer.deleteUnusedFiles();
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index in " + path + " failed", e);
        } finally {
            writing = false;
        }
    }

    /**
     * Brings the index up to the store when the store changed behind its back, e.g. a row deleted by hand with
     * SQLite: searching on would find units of documents the store no longer has. Not while this index writes
     * itself, when the store is ahead of it on purpose.
     */
    private void catchUpWithStore() {
        if (writer == null || writing || corpus.store().generation() == generation) {
            return;
        }
        synchronized (this) {
            if (corpus.store().generation() != generation) {
                rebuild(Progress.NONE);
            }
        }
    }

    private static void awaitAll(List<ForkJoinTask<?>> tasks) {
        synchronized (tasks) {
            tasks.forEach(ForkJoinTask::join);
        }
    }

    private void discard(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        try {
            writer().deleteDocuments(LongField.newSetQuery(UnitDocuments.DOC,
                    documentIds.stream().mapToLong(Long::longValue).toArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index in " + path + " failed", e);
        }
    }

    /** Indexing work for one item. */
    @FunctionalInterface
    private interface IndexWork<T> {
        void run(T item) throws IOException;
    }

    /**
     * Runs {@code work} for every item on all cores: Lucene's writer takes documents from many threads at once,
     * each into its own in-memory segment. Hits are ordered by score and then reading order, never by the
     * document numbers this makes vary from run to run.
     */
    private static <T> void inParallel(List<T> items, IndexWork<T> work) throws IOException {
        try {
            items.parallelStream().forEach(item -> {
                try {
                    work.run(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeUnits(Document d) throws IOException {
        writeUnits(new StoredDocument(d, corpus.text(d.id()), corpus.turns(d.id()), corpus.sentences(d.id())));
    }

    private void writeUnits(StoredDocument d) throws IOException {
        writer().addDocuments(UnitDocuments.of(d.document(), d.text(), d.turns(), d.sentences()));
    }

    private void writeUnitsUnchecked(StoredDocument d) {
        try {
            writeUnits(d);
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index in " + path + " failed", e);
        }
    }

    /** Commits all the writer has, now; called holding this index's lock. */
    private void commit(long storeGeneration) throws IOException {
        writer().setLiveCommitData(commitData(storeGeneration));
        flushInParallel();
        writer.commit();
        cancelCommit();
        uncommitted = NOTHING;
        refresh(storeGeneration);
    }

    /** An incomplete index is committed as behind every store change, so that each open tries to rebuild it. */
    private Iterable<Map.Entry<String, String>> commitData(long storeGeneration) {
        IndexHealth now = health;
        return now.complete()
                ? Map.of(STORE_GENERATION, Long.toString(storeGeneration), SCHEMA, SCHEMA_VERSION).entrySet()
                : Map.of(STORE_GENERATION, "incomplete", SCHEMA, SCHEMA_VERSION, STOPPED_AT, now.document(),
                        STOP_NOTE, now.note()).entrySet();
    }

    /** Makes what the writer has searchable, without committing it; the index then reflects {@code storeGeneration}. */
    private void refresh(long storeGeneration) throws IOException {
        // Documents first: a searcher must never see a unit whose document the snapshot does not know.
        reloadDocuments();
        searchers.maybeRefreshBlocking();
        generation = storeGeneration;
    }

    /** Commits {@code storeGeneration} after {@link #COMMIT_DELAY}, with whatever else has changed by then. */
    private synchronized void commitLater(long storeGeneration) {
        uncommitted = storeGeneration;
        if (commitDue == null) {
            commitDue = committer.schedule(this::commitNow, COMMIT_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void cancelCommit() {
        if (commitDue != null) {
            commitDue.cancel(false);
            commitDue = null;
        }
    }

    /**
     * Commits now what has not been committed, instead of after {@link #COMMIT_DELAY}: for other processes that
     * read the index beside this one ({@link #openForReading}), which see only what was committed. A failure here
     * leaves the index behind the store, which is then repaired ({@link #repair}) or rebuilt when next opened;
     * nothing acknowledged depends on it.
     */
    public synchronized void commitNow() {
        commitDue = null;
        if (uncommitted == NOTHING || writer == null) {
            return;
        }
        try {
            writer.setLiveCommitData(commitData(uncommitted));
            writer.commit();
            uncommitted = NOTHING;
        } catch (IOException | RuntimeException failed) {
            repair(failed);
        }
    }

    /**
     * Writes the in-memory segments to disk on every core. A commit flushes them one after another on its own
     * thread, and after an import there is one per indexing thread: flushing them side by side took a quarter off
     * the commit (1,000 transcripts: 225–260 ms against 305–345 ms).
     */
    private void flushInParallel() throws IOException {
        List<ForkJoinTask<?>> flushes = new ArrayList<>();
        for (int i = 0; i < indexers.getParallelism(); i++) {
            flushes.add(indexers.submit(() -> {
                try {
                    boolean flushed;
                    do {
                        flushed = writer().flushNextBuffer();
                    } while (flushed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        try {
            awaitAll(flushes);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private IndexWriter writer() {
        requireWriter();
        return writer;
    }

    /** Refuses index work before it starts (an import must not reach the store), when opened for reading only. */
    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the search index in " + path + " is open for reading only");
        }
    }

    private void reloadDocuments() {
        documents = IndexedDocuments.of(corpus.documents());
    }

    /** Runs a search: one page of KWIC hits, with counts per document and attribute value over all hits. */
    public SearchResult search(SearchRequest request) {
        long started = System.nanoTime();
        catchUpWithStore();
        Query query = query(request);
        return withinBudget(request, (searcher, known) -> {
            // One pass collects the page and counts every hit per document.
            Object[] collected = searcher.search(query,
                    new MultiCollectorManager(top(request), new DocumentCounts(known)));
            List<Hit> hits = hits(searcher, query, (TopDocs) collected[0], request, known);
            IndexedDocuments.Counts counts = known.counts((int[]) collected[1]);
            return new SearchResult(request, counts.total(), hits, counts.perDocument(), counts.perAttribute(),
                    (System.nanoTime() - started) / 1_000, health.complete() ? null : health.note());
        });
    }

    /** Work on a searcher that stops when the search's time budget runs out. */
    @FunctionalInterface
    private interface BudgetedWork<T> {
        T run(IndexSearcher searcher, IndexedDocuments known) throws IOException;
    }

    /**
     * Runs {@code work} on the current snapshot within the time budget; a search that runs out of it is thrown as
     * a {@link SearchTimeoutException}, never answered with what it found so far.
     */
    private <T> T withinBudget(SearchRequest request, BudgetedWork<T> work) {
        try {
            SearcherManager manager = searchers;
            IndexSearcher shared = manager.acquire();
            // Read after the searcher: documents are reloaded before each refresh, so this knows all it can find.
            IndexedDocuments known = documents;
            try {
                IndexSearcher searcher = budgeted(shared, new QueryTimeoutImpl(timeBudget.toMillis()));
                T result = work.run(searcher, known);
                if (searcher.timedOut()) {
                    throw overBudget(request);
                }
                return result;
            } catch (ExitableDirectoryReader.ExitingReaderException e) {
                throw overBudget(request);
            } finally {
                manager.release(shared);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed in " + path, e);
        }
    }

    /**
     * A searcher of the same snapshot that gives up when {@code budget} runs out: while it expands prefix and fuzzy
     * words against the index's terms (the exitable reader) and while it collects hits (the searcher's timeout).
     */
    private static IndexSearcher budgeted(IndexSearcher shared, QueryTimeout budget) throws IOException {
        IndexSearcher searcher = new IndexSearcher(
                ExitableDirectoryReader.wrap((DirectoryReader) shared.getIndexReader(), budget));
        searcher.setTimeout(budget);
        return searcher;
    }

    private SearchTimeoutException overBudget(SearchRequest request) {
        String query = request.query().length() > 80 ? request.query().substring(0, 80) + "…" : request.query();
        return new SearchTimeoutException("the search for '" + query + "' took more than " + timeBudget.toMillis()
                + " ms and was stopped; make it narrower (fewer fuzzy~ and prefix* words)", timeBudget);
    }

    /** Sets how long one search may run (see {@link #TIME_BUDGET}). */
    public void timeBudget(Duration budget) {
        this.timeBudget = budget;
    }

    /**
     * Every unit that matches {@code request}'s query and filters, in reading order, without highlighting; within
     * the same time budget as {@link #search} (rules and retrieval run the user's queries too).
     */
    public List<UnitMatch> allMatches(SearchRequest request) {
        catchUpWithStore();
        Query query = query(request);
        return withinBudget(request, (searcher, known) -> {
            TopDocs all = searcher.search(query, Math.max(1, searcher.count(query)), readingOrder());
            StoredFields stored = searcher.storedFields();
            List<UnitMatch> out = new ArrayList<>();
            for (ScoreDoc sd : all.scoreDocs) {
                var d = stored.document(sd.doc);
                out.add(new UnitMatch(documentIdOf(d), d.getField(UnitDocuments.UNIT).numericValue().intValue(),
                        spanOf(d)));
            }
            return out;
        });
    }

    /** A matching unit: its document, its seq among the document's units of its kind, and its span. */
    public record UnitMatch(long documentId, int unitSeq, Span span) {
    }

    Query query(SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(language.parse(request.query()), BooleanClause.Occur.MUST);
        b.add(new TermQuery(new Term(UnitDocuments.KIND, request.unit().id())), BooleanClause.Occur.FILTER);
        request.speaker().ifPresent(role ->
                b.add(new TermQuery(new Term(UnitDocuments.ROLE, role.id())), BooleanClause.Occur.FILTER));
        if (!request.where().isEmpty()) {
            b.add(documentsMeeting(request.where()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The units of the documents that meet the attribute conditions {@code where}. */
    private Query documentsMeeting(Map<String, Set<String>> where) {
        long[] ids = documents.meeting(where);
        return ids.length == 0
                ? new MatchNoDocsQuery("no document meets " + where)
                : LongField.newSetQuery(UnitDocuments.DOC, ids);
    }

    private static TopFieldCollectorManager top(SearchRequest request) {
        Sort sort = request.order() == SearchRequest.Order.RELEVANCE ? relevance() : readingOrder();
        return new TopFieldCollectorManager(sort, request.offset() + request.limit(), null, Integer.MAX_VALUE);
    }

    /** By score; equal scores in reading order. */
    private static Sort relevance() {
        return new Sort(SortField.FIELD_SCORE, byDocument(), byStart());
    }

    private static Sort readingOrder() {
        return new Sort(byDocument(), byStart());
    }

    private static SortField byDocument() {
        return new SortedNumericSortField(UnitDocuments.DOC, SortField.Type.LONG);
    }

    private static SortField byStart() {
        return new SortedNumericSortField(UnitDocuments.START, SortField.Type.INT);
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, SearchRequest request,
                           IndexedDocuments known) throws IOException {
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(request.offset(), all.length);
        StoredFields stored = searcher.storedFields();
        Map<Integer, org.apache.lucene.document.Document> units = new HashMap<>();
        Set<Long> documentIds = new HashSet<>();
        for (int i = from; i < all.length; i++) {
            var d = stored.document(all[i].doc);
            units.put(all[i].doc, d);
            documentIds.add(documentIdOf(d));
        }
        // Units store only their offsets; the text comes from the store. A document edited or deleted since this
        // searcher's snapshot (its index commit follows the store's) may no longer fit its units: those are left out.
        Map<Long, String> texts = corpus.existingTexts(documentIds);
        List<ScoreDoc> usable = new ArrayList<>();
        for (int i = from; i < all.length; i++) {
            var d = units.get(all[i].doc);
            long documentId = documentIdOf(d);
            if (known.get(documentId) != null && texts.containsKey(documentId)
                    && turnOf(d).end() <= texts.get(documentId).length()) {
                usable.add(all[i]);
            }
        }
        int[] ids = usable.stream().mapToInt(sd -> sd.doc).toArray();
        Map<String, Object[]> highlights = new MatchHighlighter(searcher, doc -> {
            var d = units.get(doc);
            long documentId = documentIdOf(d);
            Span span = spanOf(d);
            return new MatchHighlighter.UnitText(Analysis.fieldFor(known.get(documentId).language()),
                    texts.get(documentId).substring(span.start(), span.end()));
        }).matches(query, ids);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            var d = units.get(ids[i]);
            long docId = documentIdOf(d);
            hits.add(hit(d, known.get(docId), texts.get(docId), request.unit(), usable.get(i).score,
                    matchesOf(highlights, i)));
        }
        return hits;
    }

    private static long documentIdOf(org.apache.lucene.document.Document unit) {
        return unit.getField(UnitDocuments.DOC).numericValue().longValue();
    }

    private static Span turnOf(org.apache.lucene.document.Document unit) {
        return new Span(unit.getField(UnitDocuments.TURN_START).numericValue().intValue(),
                unit.getField(UnitDocuments.TURN_END).numericValue().intValue());
    }

    private static Span spanOf(org.apache.lucene.document.Document unit) {
        return new Span(unit.getField(UnitDocuments.START).numericValue().intValue(),
                unit.getField(UnitDocuments.END).numericValue().intValue());
    }

    @SuppressWarnings("unchecked")
    private static List<Span> matchesOf(Map<String, Object[]> highlights, int i) {
        List<Span> spans = new ArrayList<>();
        for (Object[] perField : highlights.values()) {
            if (perField[i] != null) {
                spans.addAll((List<Span>) perField[i]);
            }
        }
        return spans;
    }

    private static Hit hit(org.apache.lucene.document.Document d, Document doc, String text, Unit unit, float score,
                           List<Span> relative) {
        Span span = spanOf(d);
        List<Span> matches = relative.stream().map(s -> s.shift(span.start())).toList();
        Span first = matches.isEmpty() ? span : matches.getFirst();
        Span turn = turnOf(d);
        return new Hit(doc.id(), doc.name(), doc.attributes(), unit,
                d.getField(UnitDocuments.UNIT).numericValue().intValue(), span,
                d.get(UnitDocuments.SPEAKER), SpeakerRole.of(d.get(UnitDocuments.ROLE)),
                Float.isNaN(score) ? 0f : score, matches,
                Kwic.left(text, turn.start(), first.start()), text.substring(first.start(), first.end()),
                Kwic.right(text, first.end(), turn.end()));
    }

    /** Number of indexed units of each kind, for checks that the index agrees with the store. */
    public Map<Unit, Integer> unitCounts() {
        try {
            SearcherManager manager = searchers;
            IndexSearcher searcher = manager.acquire();
            try {
                Map<Unit, Integer> out = new TreeMap<>(Comparator.naturalOrder());
                for (Unit u : Unit.values()) {
                    out.put(u, searcher.count(new TermQuery(new Term(UnitDocuments.KIND, u.id()))));
                }
                return out;
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        indexers.shutdown();
        if (committer != null) {
            cancelCommit();
            committer.shutdown();
            commitNow();
        }
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index in " + path + " failed", e);
        }
    }
}
