package dk.kodetrae.search;

import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.StoredDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The project's Lucene index. It is derived from the store: its commit data records the newest store change it
 * reflects, and {@link #open} rebuilds it when it is missing, stale or unreadable. Thread-safe; one process at a
 * time may open a project's index for writing, and any number may open it with {@link #openForReading} beside it.
 */
public final class SearchIndex implements AutoCloseable {
    static final String STORE_CHANGE = "kodetrae.storeChange";
    static final String SCHEMA = "kodetrae.indexSchema";
    /** Bump when the fields or analysis change, so older indexes are rebuilt. */
    static final String SCHEMA_VERSION = "9";

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
    /** The store change the writer's documents reflect and the last commit does not yet; guarded by this. */
    private long uncommitted = NOTHING;
    private static final long NOTHING = -1;
    /**
     * How long after a change the index is committed. What an answer acknowledged is in the store, the source of
     * truth, and searchable (the writer's own reader sees it); the commit only saves rebuilding the index from the
     * store should the process die, so it can wait for a pause in the work.
     */
    static final Duration COMMIT_DELAY = Duration.ofMillis(500);
    /** Opened for reading while another process had the index open, and the index was behind the store then. */
    private final boolean behindStore;
    private final QueryLanguage language = QueryLanguage.standard();
    private volatile IndexedDocuments documents = IndexedDocuments.of(List.of());
    /**
     * How long one search may run. Fuzzy and prefix words can expand to many terms; without a budget, sixteen
     * queries of 160 fuzzy words kept every server thread busy for minutes.
     */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(10);
    private volatile Duration timeBudget = TIME_BUDGET;
    private final boolean rebuiltOnOpen;
    /**
     * Indexing threads, one per core. The common pool has one thread fewer than there are cores (it counts on the
     * caller's thread), and a store transaction's caller waits on the store's writer thread.
     */
    private final ForkJoinPool indexers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private SearchIndex(Path path, Corpus corpus, Directory directory, IndexWriter writer, boolean rebuild)
            throws IOException {
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
        } else {
            reloadDocuments();
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
        reloadDocuments();
    }

    /** Reports progress of long index work. */
    @FunctionalInterface
    public interface Progress {
        void indexed(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** Opens the index at {@code path}, rebuilding it from the corpus if it is missing, stale or corrupt. */
    public static SearchIndex open(Path path, Corpus corpus) {
        try {
            Files.createDirectories(path);
            if (isCurrent(path, corpus)) {
                try {
                    return openAt(path, corpus, false);
                } catch (LockObtainFailedException e) {
                    throw e;
                } catch (IOException unreadable) {
                    // The commit was readable but a segment it names is not: rebuilt below like any stale index.
                }
            }
            wipe(path);
            return openAt(path, corpus, true);
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

    private static SearchIndex openAt(Path path, Corpus corpus, boolean rebuild) throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = null;
        try {
            writer = newWriter(directory);
            return new SearchIndex(path, corpus, directory, writer, rebuild);
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
     * document is rewritten a few times, not with every few uploads. Flushed segments are written as plain files,
     * not also copied into a compound file.
     */
    private static IndexWriter newWriter(Directory directory) throws IOException {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setFloorSegmentMB(1);
        return new IndexWriter(directory, new IndexWriterConfig(Analysis.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setMergePolicy(merges)
                .setUseCompoundFile(false));
    }

    /** Whether {@link #open} found the index missing, stale or corrupt and rebuilt it. */
    public boolean rebuiltOnOpen() {
        return rebuiltOnOpen;
    }

    private static boolean isCurrent(Path path, Corpus corpus) {
        try (Directory d = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(d)) {
                return false;
            }
            // The commit alone, not its segments: those are opened once, by the writer's reader.
            Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
            long expected = corpus.store().lastChange(Corpus.INDEXED_ENTITIES);
            return SCHEMA_VERSION.equals(data.get(SCHEMA)) && Long.toString(expected).equals(data.get(STORE_CHANGE));
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

    /** Rebuilds the whole index from the store. */
    public synchronized void rebuild(Progress progress) {
        try {
            long change = corpus.store().lastChange(Corpus.INDEXED_ENTITIES);
            writer().deleteAll();
            List<Document> all = corpus.documents();
            AtomicInteger done = new AtomicInteger();
            inParallel(all, d -> {
                writeUnits(d);
                synchronized (done) {
                    progress.indexed(done.incrementAndGet(), all.size());
                }
            });
            commit(change);
            uncommitted = NOTHING;
        } catch (IOException e) {
            throw new UncheckedIOException("rebuilding the search index in " + path + " failed", e);
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
            long change = corpus.store().lastChange(Corpus.INDEXED_ENTITIES);
            refresh();
            commitLater(change);
            return result;
        } catch (IOException | RuntimeException failed) {
            return afterRepair.apply(result, repair(failed));
        }
    }

    /** As {@link #adding(Function, BiFunction)}, for work whose result need not say that the index was repaired. */
    public <T> T adding(Function<Consumer<StoredDocument>, T> write) {
        return adding(write, (result, repair) -> result);
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
     * Replaces a writer that failed with a new one and rebuilds the index from the store. Lucene closes a writer
     * that met an error while writing files (and one whose lock file was deleted under it), so the old one is
     * of no further use. The new commit records the store's change, so the index is current again; when the new
     * writer cannot be had, the last commit stays behind the store and the next open rebuilds it.
     */
    private synchronized Repair repair(Exception failed) {
        String failure = describe(failed);
        cancelCommit();
        IndexWriter old = writer;
        SearcherManager oldSearchers = searchers;
        try {
            old.rollback();
        } catch (IOException | RuntimeException alreadyClosed) {
            // A writer closed by its failure has nothing left to roll back.
        }
        IOUtils.closeWhileHandlingException(oldSearchers);
        try {
            IndexWriter fresh = newWriter(directory);
            writer = fresh;
            searchers = new SearcherManager(fresh, null);
            rebuild(Progress.NONE);
            return new Repair(failure, true);
        } catch (IOException | RuntimeException again) {
            return new Repair(failure, false);
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

    private void commit(long storeChange) throws IOException {
        writer().setLiveCommitData(Map.of(STORE_CHANGE, Long.toString(storeChange), SCHEMA, SCHEMA_VERSION).entrySet());
        flushInParallel();
        writer.commit();
        refresh();
    }

    /** Makes what the writer has searchable, without committing it. */
    private void refresh() throws IOException {
        // Documents first: a searcher must never see a unit whose document the snapshot does not know.
        reloadDocuments();
        searchers.maybeRefreshBlocking();
    }

    /** Commits {@code storeChange} after {@link #COMMIT_DELAY}, with whatever else has changed by then. */
    private synchronized void commitLater(long storeChange) {
        uncommitted = storeChange;
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
            writer.setLiveCommitData(Map.of(STORE_CHANGE, Long.toString(uncommitted), SCHEMA, SCHEMA_VERSION)
                    .entrySet());
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
        Query query = query(request);
        try {
            SearcherManager manager = searchers;
            IndexSearcher shared = manager.acquire();
            // Read after the searcher: documents are reloaded before each refresh, so this knows all it can find.
            IndexedDocuments known = documents;
            try {
                QueryTimeout budget = new QueryTimeoutImpl(timeBudget.toMillis());
                IndexSearcher searcher = budgeted(shared, budget);
                // One pass collects the page and counts every hit per document.
                Object[] collected = searcher.search(query,
                        new MultiCollectorManager(top(request), new DocumentCounts(known)));
                List<Hit> hits = hits(searcher, query, (TopDocs) collected[0], request, known);
                if (searcher.timedOut()) {
                    throw overBudget(request);
                }
                IndexedDocuments.Counts counts = known.counts((int[]) collected[1]);
                return new SearchResult(request, counts.total(), hits, counts.perDocument(), counts.perAttribute(),
                        (System.nanoTime() - started) / 1_000);
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

    /** Every unit that matches {@code request}'s query and filters, in reading order, without highlighting. */
    public List<UnitMatch> allMatches(SearchRequest request) {
        Query query = query(request);
        try {
            SearcherManager manager = searchers;
            IndexSearcher searcher = manager.acquire();
            try {
                TopDocs all = searcher.search(query, Math.max(1, searcher.count(query)), readingOrder());
                StoredFields stored = searcher.storedFields();
                List<UnitMatch> out = new ArrayList<>();
                for (ScoreDoc sd : all.scoreDocs) {
                    var d = stored.document(sd.doc);
                    out.add(new UnitMatch(documentIdOf(d), d.getField(UnitDocuments.UNIT).numericValue().intValue(),
                            spanOf(d)));
                }
                return out;
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed in " + path, e);
        }
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
        int[] ids = new int[all.length - from];
        StoredFields stored = searcher.storedFields();
        Map<Integer, org.apache.lucene.document.Document> units = new HashMap<>();
        Set<Long> documentIds = new HashSet<>();
        for (int i = from; i < all.length; i++) {
            ids[i - from] = all[i].doc;
            var d = stored.document(all[i].doc);
            units.put(all[i].doc, d);
            documentIds.add(documentIdOf(d));
        }
        // Units store only their offsets; the text comes from the store, where documents never change.
        Map<Long, String> texts = corpus.texts(documentIds);
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
            hits.add(hit(d, known.get(docId), texts.get(docId), request.unit(), all[from + i].score,
                    matchesOf(highlights, i)));
        }
        return hits;
    }

    private static long documentIdOf(org.apache.lucene.document.Document unit) {
        return unit.getField(UnitDocuments.DOC).numericValue().longValue();
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
        Span turn = new Span(d.getField(UnitDocuments.TURN_START).numericValue().intValue(),
                d.getField(UnitDocuments.TURN_END).numericValue().intValue());
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
