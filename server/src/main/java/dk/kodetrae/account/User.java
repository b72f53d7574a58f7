package dk.kodetrae.account;

import java.util.Objects;

/**
 * Who is asking: the authenticated account of a request on a team server, or {@link #LOCAL} on a personal one.
 * Immutable; the API's authentication filter puts it on every request it lets through, as the request property
 * {@link #PROPERTY} and as the principal of the request's {@code SecurityContext} (whose {@code isUserInRole}
 * answers by {@link Role#key()}).
 *
 * @param id   the account's id in {@code team.db}; 0 for {@link #LOCAL}
 * @param name the account name as it was created (shown to people, recorded as the actor of changes)
 * @param role the account's server role
 */
public record User(long id, String name, Role role) implements java.security.Principal {
    /** The request property under which the filter leaves the {@link User}. */
    public static final String PROPERTY = "dk.kodetrae.account.User";
    /** The one user of a personal server: no login, every right. */
    public static final User LOCAL = new User(0, "local", Role.ADMIN);

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public String getName() {
        return name;
    }

    /** Whether this is the personal server's user rather than an account. */
    public boolean local() {
        return id == 0;
    }
}
