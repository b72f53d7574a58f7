package dk.kodetrae.cli;

import dk.kodetrae.account.SessionPolicy;
import dk.kodetrae.account.TeamStore;
import dk.kodetrae.api.Access;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.TeamWorkspace;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {"Serve a project's web page and REST API.",
    "Personal (the default): this machine only, one user, no login. Team (--team --root DIR): accounts and "
        + "sessions from DIR/team.db; required to --open-to-network."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Mixin
    ServerOptions server;

    @Option(names = "--create", description = "Create an empty project if the folder has none (to import in the page)")
    boolean create;

    @ArgGroup(exclusive = false)
    Team team;

    /** The options of a team server. */
    static final class Team {
        @Option(names = "--team", required = true, description = "Serve a team server: login, accounts, sessions")
        boolean team;

        @Option(names = "--root", paramLabel = "DIR", required = true,
                description = "The team server's folder: team.db (accounts) and projects/")
        java.nio.file.Path root;

        @Option(names = "--host-name", paramLabel = "NAME", description = "A name (or address) clients use to reach "
                + "the server, beside localhost; requests naming any other host are refused (DNS rebinding). Repeatable.")
        List<String> hostNames = List.of();

        @Option(names = "--secure-cookies", description = "Mark the session cookie Secure: clients reach the server "
                + "over HTTPS (a TLS reverse proxy)")
        boolean secureCookies;

        @Option(names = "--session-idle", paramLabel = "MINUTES", defaultValue = "60",
                description = "A session ends after this many minutes without a request (default 60)")
        long idleMinutes;

        @Option(names = "--session-max", paramLabel = "MINUTES", defaultValue = "600",
                description = "A session ends this many minutes after its login, however used (default 600)")
        long maxMinutes;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (team != null) {
            return serveTeam();
        }
        if (!create && !Project.exists(project.directory())) {
            throw new IllegalArgumentException(ProjectOption.missing(project.directory()));
        }
        return server.serve(create ? project::openOrCreate : project::open, spec.commandLine().getOut());
    }

    /** A team server serves the projects of its registry (package {@code team}), each opened when first asked for. */
    private int serveTeam() throws InterruptedException {
        if (server.openToNetwork && team.hostNames.isEmpty()) {
            throw new IllegalArgumentException("--open-to-network needs --host-name NAME: the name (or address) by"
                    + " which clients reach this server; requests for any other name are refused");
        }
        SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(team.idleMinutes),
                Duration.ofMinutes(team.maxMinutes));
        try (TeamStore store = TeamOption.open(team.root, false, policy)) {
            if (store.accounts().list().isEmpty()) {
                throw new IllegalArgumentException("the team server in " + store.root() + " has no accounts; create"
                        + " the first admin: kodetrae user add NAME --role admin --root " + store.root());
            }
            Access access = Access.team(store, team.hostNames, team.secureCookies);
            try (TeamWorkspace workspace = new TeamWorkspace(store.store(), store.projects())) {
                return server.serve(workspace, spec.commandLine().getOut(), access);
            }
        }
    }
}
