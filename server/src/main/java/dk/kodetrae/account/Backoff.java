package dk.kodetrae.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per account and per client address. The first few failures of a key are free; each one
 * after that shuts the key for twice as long as the last, up to {@link #LONGEST}. While a key is shut, a login for
 * it is not even checked, so guessing costs the attacker time, not the server Argon2 work. A success clears the
 * account's count. Kept in memory: a restart forgives, which costs an attacker a restart they cannot cause.
 *
 * <p>An account is never locked for good: a lock an attacker can set is a way to keep its owner out. Thread-safe.
 */
final class Backoff {
    static final int FREE_PER_ACCOUNT = 5;
    static final int FREE_PER_ADDRESS = 20;
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(15);
    /** A key with no failure for this long is forgotten. */
    private static final Duration FORGET = Duration.ofHours(1);
    private static final int PRUNE_ABOVE = 10_000;

    private record Failures(int count, Instant last, Instant shutUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    Backoff(Clock clock) {
        this.clock = clock;
    }

    /** How long until {@code account} from {@code address} may try again; empty if now. */
    Optional<Duration> wait(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(shutUntil(accountKey(account)), shutUntil(addressKey(address)));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String account, String address) {
        count(accountKey(account), FREE_PER_ACCOUNT);
        count(addressKey(address), FREE_PER_ADDRESS);
    }

    void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private void count(String key, int free) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(f -> f.last().plus(FORGET).isBefore(now));
        }
        failures.compute(key, (k, f) -> {
            int count = f == null || f.last().plus(FORGET).isBefore(now) ? 1 : f.count() + 1;
            return new Failures(count, now, count <= free ? now : now.plus(shut(count - free)));
        });
    }

    private static Duration shut(int beyond) {
        return beyond > 20 ? LONGEST : min(FIRST.multipliedBy(1L << (beyond - 1)), LONGEST);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Instant shutUntil(String key) {
        Failures f = failures.get(key);
        return f == null ? Instant.EPOCH : f.shutUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String name) {
        return "account:" + name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
