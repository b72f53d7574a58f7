package dk.kodetrae.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The project database ({@code project.db}). Thread-safe: writes run on one connection, reads use a small pool of
 * connections that see committed snapshots (WAL). When {@link #write} returns, its work is committed with
 * {@code synchronous=FULL} and survives a crash of the process or the machine.
 *
 * <p>Writes are group-committed: one thread takes every write waiting at that moment, runs each in its own
 * savepoint inside one {@code BEGIN IMMEDIATE} transaction, commits once, and only then answers them all. A write
 * that fails is rolled back to its savepoint alone. Many concurrent writers so share one disk flush instead of
 * queueing for one each.
 */
public final class Store implements AutoCloseable {
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final long CHECKPOINT_EVERY_MS = 200;
    /**
     * How long a write waits for the writer thread to take it up. A write is taken up within milliseconds unless
     * a long write (a large import) holds the writer; past this, the caller is told the store is busy, and the
     * write is dropped, never committed later behind the caller's back.
     */
    static final Duration WRITE_DEADLINE = Duration.ofSeconds(30);

    static {
        NativeLibrary.useCachedCopy();
    }

    private final Path file;
    private final Clock clock;
    private final Connection writer;
    private final BlockingQueue<Pending<?>> pending = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile Duration writeDeadline = WRITE_DEADLINE;
    /**
     * Copies the write-ahead log into the database file in the background. SQLite would otherwise do it inside a
     * commit every thousand pages, holding up every writer of that batch for the copy and its flush.
     */
    private final Thread checkpointer;
    private final Connection checkpoints;
    /** Set by the background checkpoint when commits landed while it ran, so that it could not copy the whole log. */
    private volatile boolean logBehind;
    private volatile long commits;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> all = new ArrayList<>();
    private int opened;

    private Store(Path file, Clock clock, Schema schema) throws SQLException {
        this.file = file;
        this.clock = clock;
        Connection w = connect();
        Migrations.apply(w, file, schema);
        try (Statement s = w.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint=0");
        }
        this.writer = ReusedStatements.wrap(w);
        this.checkpoints = connect();
        this.committer = Thread.ofPlatform().name("kodetrae-store-writer").daemon().start(this::commitLoop);
        this.checkpointer = Thread.ofPlatform().name("kodetrae-store-checkpoint").daemon().start(this::checkpointLoop);
    }

    /**
     * Opens (creating if needed) the database file and migrates it to the newest schema version. An existing file
     * of 0 bytes is refused: SQLite would silently make it a new empty project, hiding that the data was lost.
     */
    public static Store open(Path file, Clock clock) {
        return open(file, clock, Schema.PROJECT);
    }

    /** Opens a database of another {@link Schema} (the team server's {@code team.db}) as {@link #open(Path, Clock)}. */
    public static Store open(Path file, Clock clock, Schema schema) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.exists(file) && Files.size(file) == 0) {
                throw new StoreException("the project database " + file.toAbsolutePath() + " is empty (0 bytes):"
                        + " its data was lost, e.g. by a full disk or a copy that did not finish. Restore project.db"
                        + " from a backup (with its project.db-wal file, if there is one); to start an empty project"
                        + " instead, delete the file", null);
            }
            return new Store(file, clock, schema);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open project database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public Clock clock() {
        return clock;
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        // Ids come from RETURNING; without this, sqlite-jdbc prepares a query for the last row id after every insert.
        properties.setProperty("jdbc.get_generated_keys", "false");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            s.execute("PRAGMA foreign_keys=ON");
            // A deleted row's bytes are overwritten, not left in free space: a delete must leave no trace.
            s.execute("PRAGMA secure_delete=ON");
        }
        synchronized (all) {
            all.add(c);
        }
        return c;
    }

    /**
     * Runs {@code work} in a {@code BEGIN IMMEDIATE} transaction and commits it. The commit has reached the disk
     * when this method returns; on any exception nothing of {@code work} is changed and the exception is rethrown.
     * {@code work} must not call {@link #write} itself.
     */
    public <T> T write(SqlWork<T> work) {
        if (!committer.isAlive()) {
            throw new StoreException("the writer of " + file + " has stopped; restart Kodetræ", null);
        }
        Pending<T> p = new Pending<>(work);
        pending.add(p);
        try {
            return awaitCommit(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a write to " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("project database " + file + ": the write failed and nothing of it was saved ("
                    + e.getCause() + ")", e.getCause());
        }
    }

    /**
     * Waits for {@code p}'s commit. A write the writer has not taken up by the deadline is withdrawn and refused;
     * one it has taken up is waited for to the end, so that the answer always says whether it was committed.
     */
    private <T> T awaitCommit(Pending<T> p) throws InterruptedException, ExecutionException {
        try {
            return p.done.get(writeDeadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (p.withdraw()) {
                throw new StoreBusyException("the project database " + file + " did not take the write within "
                        + writeDeadline.toSeconds() + " s, because a long write is still running; nothing was"
                        + " saved, try again shortly");
            }
            return p.done.get();
        }
    }

    /** Sets how long a write waits to be taken up by the writer (see {@link #WRITE_DEADLINE}). */
    public void writeDeadline(Duration deadline) {
        this.writeDeadline = deadline;
    }

    /** A write waiting for the committer. */
    private static final class Pending<T> {
        final SqlWork<T> work;
        final CompletableFuture<T> done = new CompletableFuture<>();
        /** Decided once: the committer takes the write up, or its caller withdraws it at the deadline. */
        private final AtomicBoolean decided = new AtomicBoolean();
        T result;
        Throwable failure;

        Pending(SqlWork<T> work) {
            this.work = work;
        }

        boolean takeUp() {
            return decided.compareAndSet(false, true);
        }

        boolean withdraw() {
            return decided.compareAndSet(false, true);
        }

        /** Runs the work in its own savepoint; whatever it throws, even an Error, undoes the work alone. */
        void run(Connection c) throws SQLException {
            execute(c, "SAVEPOINT write");
            try {
                result = work.run(c);
                execute(c, "RELEASE write");
            } catch (Throwable e) {
                result = null;
                execute(c, "ROLLBACK TO write");
                execute(c, "RELEASE write");
                failure = e;
            }
        }

        void answer(Path file) {
            if (failure instanceof SQLException e) {
                done.completeExceptionally(new StoreException("project database " + file + ": " + e.getMessage(), e));
            } else if (failure != null) {
                done.completeExceptionally(failure);
            } else {
                done.complete(result);
            }
        }
    }

    /**
     * Takes up every waiting write, commits them together, answers them. Nothing a write throws, not even an
     * OutOfMemoryError, ends this loop: a dead writer would leave every later write waiting forever.
     */
    private void commitLoop() {
        List<Pending<?>> batch = new ArrayList<>();
        while (true) {
            try {
                takeUp(pending.take(), batch);
            } catch (InterruptedException e) {
                return;
            }
            try {
                List<Pending<?>> more = new ArrayList<>();
                pending.drainTo(more);
                more.forEach(p -> takeUp(p, batch));
                commit(batch);
                catchUpLog();
            } catch (Throwable e) {
                StoreException failed = new StoreException("project database " + file + ": the write failed and"
                        + " nothing of it was saved (" + e + ")", e);
                batch.forEach(p -> p.done.completeExceptionally(failed));
            } finally {
                batch.clear();
            }
        }
    }

    private static void takeUp(Pending<?> p, List<Pending<?>> batch) {
        if (p.takeUp()) {
            batch.add(p);
        }
    }

    /**
     * Under a steady stream of writes the background checkpoint never copies the whole log, because commits land
     * while it runs; SQLite then never starts the log over, and it grew without end (2.2 GB beside a 71 MB database
     * in one coding benchmark). So when that happened, the writer itself, between batches, copies the little the
     * background checkpoint left: no commit can land meanwhile, and the next transaction starts the log over.
     */
    private void catchUpLog() {
        if (logBehind) {
            logBehind = false;
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (SQLException e) {
                logBehind = true;
            }
        }
    }

    private void commit(List<Pending<?>> batch) {
        try {
            execute(writer, "BEGIN IMMEDIATE");
            try {
                for (Pending<?> p : batch) {
                    p.run(writer);
                }
                execute(writer, "COMMIT");
                commits++;
            } catch (SQLException | RuntimeException | Error e) {
                execute(writer, "ROLLBACK");
                throw e;
            }
            batch.forEach(p -> p.answer(file));
        } catch (SQLException | RuntimeException | Error e) {
            StoreException failed = new StoreException("project database " + file + ": " + e.getMessage(), e);
            batch.forEach(p -> p.done.completeExceptionally(failed));
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.execute();
        }
    }

    /**
     * A passive checkpoint after commits, at most every {@link #CHECKPOINT_EVERY_MS}: it never blocks writers or
     * readers, and a durable commit never depends on it (the log is flushed at every commit). If commits landed while
     * it ran, the writer finishes its work ({@link #catchUpLog}).
     */
    private void checkpointLoop() {
        long done = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(CHECKPOINT_EVERY_MS);
                long now = commits;
                if (now != done) {
                    synchronized (checkpoints) {
                        try (Statement s = checkpoints.createStatement()) {
                            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
                        }
                    }
                    logBehind = commits != now;
                    done = now;
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException e) {
                done = -1;
            }
        }
    }

    /** Runs {@code work} on a consistent read snapshot. */
    public <T> T read(SqlWork<T> work) {
        Connection c = takeReader();
        try {
            return inTransaction(c, "BEGIN", work);
        } finally {
            readers.add(c);
        }
    }

    /** A pooled reader; the pool grows on demand up to {@link #READERS}, so opening a project stays quick. */
    private Connection takeReader() {
        Connection c = readers.poll();
        if (c != null) {
            return c;
        }
        synchronized (readers) {
            if (opened < READERS) {
                opened++;
                try {
                    return connect();
                } catch (SQLException e) {
                    opened--;
                    throw new StoreException("cannot open a connection to " + file + ": " + e.getMessage(), e);
                }
            }
        }
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection to " + file, e);
        }
    }

    private <T> T inTransaction(Connection c, String begin, SqlWork<T> work) {
        try (Statement s = c.createStatement()) {
            s.execute(begin);
            try {
                T result = work.run(c);
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("project database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends one row to the change log, inside the caller's write transaction; returns its sequence number. */
    public long logChange(Connection c, Change change) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO change_log(at, actor, action, entity, entity_id, detail) VALUES (?,?,?,?,?,?)"
                        + " RETURNING seq")) {
            p.setString(1, clock.instant().toString());
            p.setString(2, change.actor());
            p.setString(3, change.action());
            p.setString(4, change.entity());
            p.setString(5, change.entityId());
            p.setString(6, change.detail());
            return insertedId(p);
        }
    }

    /**
     * Erases the detail of the change-log entries about one {@code entity} {@code id}, inside the caller's write
     * transaction: the entries stay (when, who, what action, on which id), the names and values they held are gone
     * (schema V11 lets an entry's detail be erased once and allows no other change). Returns how many were erased.
     */
    public int eraseChangesAbout(Connection c, String entity, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE change_log SET detail = NULL, erased_at = ?"
                + " WHERE entity = ? AND entity_id = ? AND erased_at IS NULL")) {
            p.setString(1, clock.instant().toString());
            p.setString(2, entity);
            p.setString(3, id);
            return p.executeUpdate();
        }
    }

    /**
     * Erases the detail of every change-log entry whose detail mentions {@code text} (a deleted document's or code's
     * name, which undo and other entries quote), inside the caller's write transaction.
     */
    public int eraseChangesMentioning(Connection c, String text) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE change_log SET detail = NULL, erased_at = ?"
                + " WHERE erased_at IS NULL AND instr(detail, ?) > 0")) {
            p.setString(1, clock.instant().toString());
            p.setString(2, text);
            return p.executeUpdate();
        }
    }

    /** Runs an {@code INSERT … RETURNING id} (or {@code seq}) and answers the new row's key. */
    public static long insertedId(PreparedStatement insert) throws SQLException {
        try (ResultSet key = insert.executeQuery()) {
            key.next();
            return key.getLong(1);
        }
    }

    /** The sequence number of the newest change to any of the given entities (0 if none). */
    public long lastChange(String... entities) {
        String in = String.join(",", java.util.Collections.nCopies(entities.length, "?"));
        return read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COALESCE(MAX(seq), 0) FROM change_log WHERE entity IN (" + in + ")")) {
                for (int i = 0; i < entities.length; i++) {
                    p.setString(i + 1, entities[i]);
                }
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0L;
                }
            }
        });
    }

    /** One row of the change log. */
    public record LoggedChange(long seq, String at, String actor, String action, String entity, String entityId,
                               String detail) {
    }

    /** The newest {@code limit} changes, newest first. */
    public java.util.List<LoggedChange> recentChanges(int limit) {
        return read(c -> {
            java.util.List<LoggedChange> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT seq, at, actor, action, entity, entity_id, detail"
                    + " FROM change_log ORDER BY seq DESC LIMIT ?")) {
                p.setInt(1, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new LoggedChange(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The generation of the rows the search index reflects (documents and their attribute values): triggers count
     * it up on every change of them, whoever makes it (schema V11).
     */
    public long generation() {
        return read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT generation FROM store_generation WHERE id = 1")) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    /**
     * Copies the whole write-ahead log into the database file and truncates the log to nothing, waiting for readers
     * of older snapshots to finish: after a delete, the deleted rows' old page images must not stay in the log.
     * Deleted content in the database file itself is overwritten as it is deleted ({@code secure_delete}).
     */
    public void scrub() {
        synchronized (checkpoints) {
            try (Statement s = checkpoints.createStatement(); ResultSet r = s.executeQuery(
                    "PRAGMA wal_checkpoint(TRUNCATE)")) {
                if (r.next() && r.getInt(1) != 0) {
                    throw new StoreBusyException("the project database " + file + " was too busy to copy its"
                            + " log into the file; the delete is saved, the copy is tried again with the next one");
                }
            } catch (SQLException e) {
                throw new StoreException("project database " + file + ": " + e.getMessage(), e);
            }
        }
    }

    public int schemaVersion() {
        return read(Migrations::currentVersion);
    }

    /** Returns SQLite's own verdict on the file ("ok" when sound). */
    public String integrityCheck() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                return r.next() ? r.getString(1) : "no answer";
            }
        });
    }

    @Override
    public void close() {
        committer.interrupt();
        checkpointer.interrupt();
        try {
            committer.join();
            checkpointer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (all) {
            for (Connection c : all) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // Closing is best effort: every acknowledged write is already committed.
                }
            }
            all.clear();
        }
    }
}
