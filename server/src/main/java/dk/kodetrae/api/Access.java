package dk.kodetrae.api;

import dk.kodetrae.account.TeamStore;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may reach the server and how they are known. Personal mode: loopback only, one user, no login. Team mode:
 * accounts and sessions of a {@link TeamStore}. In both, requests must name the server by one of
 * {@link #hostNames()} (against DNS rebinding) and writes must prove they come from the page ({@link RequestGuard}).
 *
 * @param team          the team server's store; empty in personal mode
 * @param hostNames     the names (or addresses) the server answers to, beside the loopback ones, lower case
 * @param secureCookies whether the session cookie is marked {@code Secure} (the server is reached over TLS)
 */
public record Access(Optional<TeamStore> team, Set<String> hostNames, boolean secureCookies) {
    /** The names every server answers to: a browser on the same machine uses one of them. */
    static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    public Access {
        Set<String> names = new LinkedHashSet<>(LOOPBACK);
        hostNames.forEach(h -> names.add(h.strip().toLowerCase(Locale.ROOT)));
        hostNames = Set.copyOf(names);
    }

    /** A personal server: one user, no login, loopback names only. */
    public static Access personal() {
        return new Access(Optional.empty(), Set.of(), false);
    }

    /** A team server answering to the loopback names and {@code hostNames}. */
    public static Access team(TeamStore team, Collection<String> hostNames, boolean secureCookies) {
        return new Access(Optional.of(team), Set.copyOf(hostNames), secureCookies);
    }

    boolean teamMode() {
        return team.isPresent();
    }

    /** The name under which the page finds the mode: {@code personal} or {@code team}. */
    String mode() {
        return teamMode() ? "team" : "personal";
    }
}
