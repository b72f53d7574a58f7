package dk.kodetrae.account;

import dk.kodetrae.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Login sessions in {@code team.db}. A token is 256 random bits, given to the client once (as a cookie) and stored
 * only as its SHA-256. A session ends at logout, at its idle or absolute expiry ({@link SessionPolicy}), and with
 * every other session of its account when the password changes or the account is removed.
 */
public final class Sessions {
    private static final int TOKEN_BYTES = 32;
    /**
     * The last use is written at most this often per session: a durable write on every request would cost each
     * request a disk flush, and the idle expiry is counted in minutes or more.
     */
    private static final long TOUCH_EVERY_MS = 30_000;

    private final Store store;
    private final SessionPolicy policy;
    private final SecureRandom random = new SecureRandom();

    Sessions(Store store, SessionPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    public SessionPolicy policy() {
        return policy;
    }

    /** Starts a new session of {@code user} and returns its token: the only time the token exists in the clear. */
    public String start(User user) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = store.clock().millis();
        store.write(c -> {
            // Sessions that expired unseen go with the next login, so the table holds live ones only.
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE last_used <= ? OR created <= ?")) {
                s.setLong(1, now - policy.idle().toMillis());
                s.setLong(2, now - policy.absolute().toMillis());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO sessions(token_hash, user_id, created, last_used) VALUES (?, ?, ?, ?)")) {
                s.setString(1, digest(token));
                s.setLong(2, user.id());
                s.setLong(3, now);
                s.setLong(4, now);
                s.executeUpdate();
            }
            return null;
        });
        return token;
    }

    /** The user of a live session with this token; an expired session is ended on the way. */
    public Optional<User> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 64) {
            return Optional.empty();
        }
        String hash = digest(token);
        long now = store.clock().millis();
        Optional<Live> live = store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT u.id, u.name, u.role, s.created, s.last_used"
                    + " FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?")) {
                s.setString(1, hash);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Live(Accounts.user(r), r.getLong(4), r.getLong(5)))
                            : Optional.<Live>empty();
                }
            }
        });
        if (live.isEmpty()) {
            return Optional.empty();
        }
        Live l = live.get();
        if (now - l.lastUsed() >= policy.idle().toMillis() || now - l.created() >= policy.absolute().toMillis()) {
            end(token);
            return Optional.empty();
        }
        if (now - l.lastUsed() >= TOUCH_EVERY_MS) {
            touch(hash, now);
        }
        return Optional.of(l.user());
    }

    private record Live(User user, long created, long lastUsed) {
    }

    /** Ends the session with this token, if there is one. */
    public void end(String token) {
        if (token == null || token.isEmpty()) {
            return;
        }
        String hash = digest(token);
        store.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
                s.setString(1, hash);
                return s.executeUpdate();
            }
        });
    }

    /** Ends every session of the account with this id (part of the caller's transaction). */
    static void endAll(java.sql.Connection c, long userId) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE user_id = ?")) {
            s.setLong(1, userId);
            s.executeUpdate();
        }
    }

    private void touch(String hash, long now) {
        store.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE sessions SET last_used = ? WHERE token_hash = ?")) {
                s.setLong(1, now);
                s.setString(2, hash);
                return s.executeUpdate();
            }
        });
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
