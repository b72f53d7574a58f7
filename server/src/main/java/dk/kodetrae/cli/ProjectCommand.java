package dk.kodetrae.cli;

import dk.kodetrae.account.SessionPolicy;
import dk.kodetrae.account.TeamStore;
import dk.kodetrae.team.Membership;
import dk.kodetrae.team.Role;
import dk.kodetrae.team.TeamProject;
import dk.kodetrae.team.TeamWorkspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "project", description = "Manage the projects of a team server (serve --team) and their members. "
        + "Every change is written to the audit log.",
        subcommands = {ProjectCommand.Add.class, ProjectCommand.ListProjects.class, ProjectCommand.Archive.class,
            ProjectCommand.Member.class, ProjectCommand.Members.class})
final class ProjectCommand {
    private ProjectCommand() {
    }

    /** Who the audit log names for a change made from the command line. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "?");
    }

    /** Runs {@code work} on the team server's workspace; the projects it opens are closed after. */
    static <T> T withWorkspace(TeamOption team, Function<TeamWorkspace, T> work) {
        try (TeamStore t = team.open(false, SessionPolicy.DEFAULT);
             TeamWorkspace w = new TeamWorkspace(t.store(), t.projects())) {
            return work.apply(w);
        }
    }

    @Command(name = "add", description = "Add a project, empty, in DIR/projects/NAME/.")
    static final class Add implements Callable<Integer> {
        @Mixin
        TeamOption team;

        @Parameters(paramLabel = "NAME", description = "Its folder and address: lower-case letters a-z, digits, dashes")
        String name;

        @Option(names = "--title", paramLabel = "TEXT", description = "What people read (default: the name)")
        String title;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            TeamProject p = withWorkspace(team, w -> {
                TeamProject added = w.projects().add(name, title == null ? name : title);
                w.audit().record(actor(), "local", "project.added", name, "title: " + added.title());
                return added;
            });
            spec.commandLine().getOut().println("added project " + p.name() + " (" + p.title() + ")");
            return 0;
        }
    }

    @Command(name = "list", description = "Print every project: name, title, archived or not.")
    static final class ListProjects implements Callable<Integer> {
        @Mixin
        TeamOption team;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            withWorkspace(team, w -> w.projects().list()).forEach(p ->
                    out.println(p.name() + "\t" + p.title() + (p.archived() ? "\tarchived" : "")));
            return 0;
        }
    }

    @Command(name = "archive", description = "Archive a project: its files stay, nobody is served it.")
    static final class Archive implements Callable<Integer> {
        @Mixin
        TeamOption team;

        @Parameters(paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            withWorkspace(team, w -> {
                w.projects().archive(name);
                w.audit().record(actor(), "local", "project.archived", name, "");
                return null;
            });
            spec.commandLine().getOut().println("archived project " + name);
            return 0;
        }
    }

    @Command(name = "member", description = "Make a user a member of a project in a role (or end it: --remove).")
    static final class Member implements Callable<Integer> {
        @Mixin
        TeamOption team;

        @Parameters(index = "0", paramLabel = "PROJECT")
        String project;

        @Parameters(index = "1", paramLabel = "USER")
        String user;

        @Option(names = "--role", paramLabel = "ROLE",
                description = "admin, researcher, coder, evaluator or report-writer")
        String role;

        @Option(names = "--remove", description = "End the membership instead")
        boolean remove;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (remove == (role != null)) {
                throw new IllegalArgumentException("give either --role ROLE or --remove");
            }
            String done = withWorkspace(team, w -> remove ? removed(w) : set(w));
            spec.commandLine().getOut().println(done);
            return 0;
        }

        private String set(TeamWorkspace w) {
            Membership m = w.members().set(project, user, Role.of(role));
            w.audit().record(actor(), "local", "member.set", project, user + ": " + m.role().id());
            return user + " is " + m.role().id() + " in " + project;
        }

        private String removed(TeamWorkspace w) {
            if (!w.members().remove(project, user)) {
                throw new IllegalArgumentException(user + " is no member of " + project);
            }
            w.audit().record(actor(), "local", "member.removed", project, user);
            return user + " is no longer a member of " + project;
        }
    }

    @Command(name = "members", description = "Print a project's members and their roles.")
    static final class Members implements Callable<Integer> {
        @Mixin
        TeamOption team;

        @Parameters(paramLabel = "PROJECT")
        String project;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            withWorkspace(team, w -> w.members().of(project)).forEach(m -> out.println(m.user() + "\t" + m.role().id()));
            return 0;
        }
    }
}
