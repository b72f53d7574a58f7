package dk.kodetrae.account;

import dk.kodetrae.account.AccountException.Kind;
import dk.kodetrae.message.Message;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The accounts of a team server: created, listed, given a new password and removed from the CLI (and the admin
 * view), and checked at login with back-off ({@link Backoff}). Passwords arrive as {@code char[]} so that callers
 * can wipe them; they are kept only as Argon2id hashes. Thread-safe.
 */
public final class Accounts {
    static final int MAX_NAME_LENGTH = 64;

    private final Store store;
    private final Passwords passwords;
    private final Backoff backoff;

    Accounts(Store store, Passwords passwords, Backoff backoff) {
        this.store = store;
        this.passwords = passwords;
        this.backoff = backoff;
    }

    /** Creates an account; the name must be new (without regard to case) and the password pass the policy. */
    public User add(String name, Role role, char[] password) {
        String n = checkedName(name);
        PasswordPolicy.check(n, password);
        String hash = passwords.hash(password);
        long now = store.clock().millis();
        return store.write(c -> {
            if (find(c, n).isPresent()) {
                throw new AccountException(Kind.CONFLICT, Message.of("account.exists",
                        "there is already an account named '" + n + "'", "name", n));
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO users(name, role, password, created,"
                    + " password_changed) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
                s.setString(1, n);
                s.setString(2, role.key());
                s.setString(3, hash);
                s.setLong(4, now);
                s.setLong(5, now);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new User(r.getLong(1), n, role);
                }
            }
        });
    }

    /** Every account, by name. */
    public List<User> list() {
        return store.read(c -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, role FROM users ORDER BY name COLLATE NOCASE");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    users.add(user(r));
                }
            }
            return users;
        });
    }

    public Optional<User> find(String name) {
        return store.read(c -> find(c, name));
    }

    /** Sets a new password and ends every session of the account: whoever had the old one is logged out. */
    public void changePassword(String name, char[] password) {
        User user = existing(name);
        PasswordPolicy.check(user.name(), password);
        String hash = passwords.hash(password);
        long now = store.clock().millis();
        store.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE users SET password = ?, password_changed = ? WHERE id = ?")) {
                s.setString(1, hash);
                s.setLong(2, now);
                s.setLong(3, user.id());
                s.executeUpdate();
            }
            Sessions.endAll(c, user.id());
            return null;
        });
    }

    /** Removes an account and its sessions; the last admin cannot be removed (nobody could manage the server). */
    public void remove(String name) {
        User user = existing(name);
        store.write(c -> {
            if (user.role() == Role.ADMIN && admins(c) == 1) {
                throw new AccountException(Kind.CONFLICT, Message.of("account.lastAdmin", "'" + user.name()
                        + "' is the last admin; make another admin first", "name", user.name()));
            }
            Sessions.endAll(c, user.id());
            try (PreparedStatement s = c.prepareStatement("DELETE FROM users WHERE id = ?")) {
                s.setLong(1, user.id());
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The account whose name and password these are. Refused alike for an unknown name and a wrong password (and
     * in the same time), and without checking at all while the account or the address is backing off.
     */
    public User authenticate(String name, char[] password, String address) {
        String n = name == null ? "" : name.strip();
        Optional<java.time.Duration> wait = backoff.wait(n, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new AccountException(Kind.BACK_OFF, Message.of("login.backoff", "too many failed logins; try again in "
                    + seconds + " s", "seconds", seconds), wait.get());
        }
        Optional<Stored> stored = n.isEmpty() || n.length() > MAX_NAME_LENGTH ? Optional.empty() : storedFor(n);
        boolean ok = stored.isPresent() ? passwords.matches(password, stored.get().hash()) : decoy(password);
        if (!ok) {
            backoff.failed(n, address);
            throw new AccountException(Kind.REFUSED, Message.of("login.refused", "wrong name or password"));
        }
        backoff.succeeded(n);
        return stored.get().user();
    }

    private boolean decoy(char[] password) {
        passwords.matchNothing(password);
        return false;
    }

    private record Stored(User user, String hash) {
    }

    private Optional<Stored> storedFor(String name) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, role, password FROM users WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Stored(user(r), r.getString(4))) : Optional.<Stored>empty();
                }
            }
        });
    }

    private User existing(String name) {
        return find(name).orElseThrow(() -> new AccountException(Kind.NOT_FOUND, Message.of("account.notFound",
                "there is no account named '" + name + "'", "name", name)));
    }

    private static Optional<User> find(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, role FROM users WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(user(r)) : Optional.empty();
            }
        }
    }

    private static int admins(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM users WHERE role = 'admin'");
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** The user of a row whose first three columns are id, name and role. */
    static User user(ResultSet r) throws SQLException {
        String role = r.getString(3);
        return new User(r.getLong(1), r.getString(2), Role.of(role).orElseThrow(
                () -> new IllegalStateException("team.db holds an unknown role '" + role + "'")));
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME_LENGTH || n.codePoints().anyMatch(Character::isISOControl)) {
            throw new AccountException(Kind.INVALID, Message.of("account.name", "an account name must have 1 to "
                    + MAX_NAME_LENGTH + " characters and no control characters", "max", MAX_NAME_LENGTH));
        }
        return n;
    }
}
