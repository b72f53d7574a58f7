package dk.kodetrae.account;

import dk.kodetrae.store.Schema;
import dk.kodetrae.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A team server's own folder: {@code team.db} (accounts, sessions, and what package {@code team} adds) and the
 * projects under {@code projects/}. The database has its own numbered migrations,
 * {@code dk/kodetrae/account/migrations/T1.sql …}: T1 is the accounts'; T2 onwards are reserved for the packages
 * that build on it, and each is applied once it is in the build (see {@link Schema}).
 */
public final class TeamStore implements AutoCloseable {
    /** The migrations of {@code team.db}: T1 is released, T2 … T9 are taken as they land. */
    static final Schema SCHEMA = new Schema(TeamStore.class, "migrations/T", 9, 1);

    private final Path root;
    private final Store store;
    private final Accounts accounts;
    private final Sessions sessions;

    private TeamStore(Path root, Store store, SessionPolicy policy) {
        this.root = root;
        this.store = store;
        this.accounts = new Accounts(store, new Passwords(), new Backoff(store.clock()));
        this.sessions = new Sessions(store, policy);
    }

    /** Opens (creating if needed) the team folder {@code root} and migrates its {@code team.db}. */
    public static TeamStore open(Path root, Clock clock, SessionPolicy policy) {
        return new TeamStore(root, Store.open(root.resolve("team.db"), clock, SCHEMA), policy);
    }

    public Path root() {
        return root;
    }

    /** Where the team's projects live, one folder each: {@code root/projects/<name>/}. */
    public Path projects() {
        return root.resolve("projects");
    }

    /** The database, for packages that keep their own tables in {@code team.db}. */
    public Store store() {
        return store;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Sessions sessions() {
        return sessions;
    }

    @Override
    public void close() {
        store.close();
    }
}
