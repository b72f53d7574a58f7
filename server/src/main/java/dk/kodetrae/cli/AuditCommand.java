package dk.kodetrae.cli;

import dk.kodetrae.team.Audit;
import dk.kodetrae.team.AuditEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "Print a team server's audit log, newest first: logins and failures, "
        + "projects and memberships, exports, deletions and settings changes.")
final class AuditCommand implements Callable<Integer> {
    @Mixin
    TeamOption team;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many entries (default 100)")
    int limit;

    @Option(names = "--csv", description = "The whole log as CSV, newest first, for a spreadsheet")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<AuditEntry> entries = ProjectCommand.withWorkspace(team,
                w -> w.audit().recent(csv ? Integer.MAX_VALUE : Math.max(1, limit), Long.MAX_VALUE));
        if (csv) {
            try {
                Audit.writeCsv(entries, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            entries.forEach(e -> out.println(String.join("\t", Instant.ofEpochMilli(e.at()).toString(), e.actor(),
                    e.address(), e.action(), e.project(), e.detail())));
        }
        out.flush();
        return 0;
    }
}
