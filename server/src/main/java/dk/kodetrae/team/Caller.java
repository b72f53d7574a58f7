package dk.kodetrae.team;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is asking on a team server, once the request's project is known: the signed-in user's name (who acts,
 * whatever name a request gives) and their role in the project (empty for requests that address no project). A
 * personal server's requests keep the principal authentication gave them, so a Caller means a team server.
 */
public record Caller(String name, Optional<Role> role) implements Principal {
    @Override
    public String getName() {
        return name;
    }

    public boolean may(Permission permission) {
        return role.map(r -> r.grants(permission)).orElse(false);
    }
}
