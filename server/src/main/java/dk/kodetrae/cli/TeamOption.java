package dk.kodetrae.cli;

import dk.kodetrae.account.SessionPolicy;
import dk.kodetrae.account.TeamStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The {@code --root DIR} of a team server: its {@code team.db} and its projects. */
final class TeamOption {
    @Option(names = "--root", paramLabel = "DIR", required = true,
            description = "The team server's folder: team.db (accounts) and projects/")
    Path root;

    /** Opens the team folder, which must exist unless {@code create}. */
    TeamStore open(boolean create, SessionPolicy policy) {
        return open(root, create, policy);
    }

    static TeamStore open(Path root, boolean create, SessionPolicy policy) {
        if (!create && !Files.isRegularFile(root.resolve("team.db"))) {
            throw new IllegalArgumentException("there is no team server in " + root + " (no team.db); create it with"
                    + " its first admin: kodetrae user add NAME --role admin --root " + root);
        }
        return TeamStore.open(root, Clock.systemUTC(), policy);
    }
}
