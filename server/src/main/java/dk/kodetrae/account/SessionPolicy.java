package dk.kodetrae.account;

import java.time.Duration;

/**
 * How long a session lasts: it ends after {@code idle} without a request, and {@code absolute} after its login
 * whatever happens.
 */
public record SessionPolicy(Duration idle, Duration absolute) {
    /** A working day of use; an hour away from the keyboard ends it. */
    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofHours(1), Duration.ofHours(10));

    public SessionPolicy {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("a session's idle time (" + idle + ") must be positive and at most its"
                    + " absolute lifetime (" + absolute + ")");
        }
    }
}
