package dk.kodetrae.cli;

import dk.kodetrae.account.Role;
import dk.kodetrae.account.SessionPolicy;
import dk.kodetrae.account.TeamStore;
import dk.kodetrae.account.User;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "user", description = "Manage the accounts of a team server (serve --team). Passwords are read from "
        + "the terminal, or from the first line of standard input; never from an argument.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class,
            UserCommand.Remove.class})
final class UserCommand {
    private UserCommand() {
    }

    @Command(name = "add", description = "Create an account (the first one creates the team server's team.db).")
    static final class Add implements Callable<Integer> {
        @Mixin
        TeamOption team;

        @Parameters(paramLabel = "NAME", description = "The account name (the login)")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "admin, researcher, evaluator or report-writer")
        String role;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Role r = Role.of(role).orElseThrow(() -> new IllegalArgumentException("--role must be admin, researcher,"
                    + " evaluator or report-writer, not '" + role + "'"));
            char[] password = PasswordInput.read(name);
            try (TeamStore t = team.open(true, SessionPolicy.DEFAULT)) {
                User user = t.accounts().add(name, r, password);
                spec.commandLine().getOut().println("created " + user.role().key() + " " + user.name());
            } finally {
                Arrays.fill(password, '\0');
            }
            return 0;
        }
    }

    @Command(name = "list", description = "Print every account with its role.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        TeamOption team;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (TeamStore t = team.open(false, SessionPolicy.DEFAULT)) {
                t.accounts().list().forEach(u -> out.println(u.name() + "\t" + u.role().key()));
            }
            return 0;
        }
    }

    @Command(name = "passwd", description = "Set a new password; the account's sessions end.")
    static final class Passwd implements Callable<Integer> {
        @Mixin
        TeamOption team;

        @Parameters(paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (TeamStore t = team.open(false, SessionPolicy.DEFAULT)) {
                t.accounts().find(name).orElseThrow(() -> new IllegalArgumentException("there is no account named '"
                        + name + "'"));
                char[] password = PasswordInput.read(name);
                try {
                    t.accounts().changePassword(name, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
                spec.commandLine().getOut().println("new password set for " + name + "; its sessions have ended");
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove an account and end its sessions (not the last admin).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        TeamOption team;

        @Parameters(paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (TeamStore t = team.open(false, SessionPolicy.DEFAULT)) {
                t.accounts().remove(name);
                spec.commandLine().getOut().println("removed " + name);
            }
            return 0;
        }
    }
}
