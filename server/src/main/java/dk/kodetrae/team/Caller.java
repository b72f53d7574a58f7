package dk.kodetrae.team;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is asking, once the request's project is known: the user's name, whether the server is in team mode (where
 * this name, not a name in the request, is who acts), and their role in the project (empty for requests that
 * address no project).
 */
public record Caller(String name, boolean team, Optional<Role> role) implements Principal {
    /** The one user of a personal server: no login, and every right. */
    public static Caller personal() {
        return new Caller("local", false, Optional.of(Role.ADMIN));
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean may(Permission permission) {
        return role.map(r -> r.grants(permission)).orElse(false);
    }
}
