package dk.kodetrae.cli;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.project.Project;
import dk.kodetrae.round.NewRound;
import dk.kodetrae.round.Round;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "round", description = "Independent coding rounds: open (blind), list, close (reveals all).",
        subcommands = {RoundCommand.Open.class, RoundCommand.ListRounds.class, RoundCommand.Close.class})
final class RoundCommand {
    private static final String ACTOR = "cli";

    private RoundCommand() {
    }

    @Command(name = "open", description = "Open a round: while it is open each coder sees only their own codings"
            + " of its documents and codes.")
    static final class Open implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Option(names = "--name", required = true, description = "What to call the round.")
        String name;

        @Option(names = "--codebook", required = true, paramLabel = "ID")
        String codebook;

        @Option(names = "--codes", split = ",", paramLabel = "KEY", description = "Codes of the codebook (all when left out).")
        List<String> codes = List.of();

        @Option(names = "--documents", required = true, split = ",", paramLabel = "NAME")
        List<String> documents;

        @Option(names = "--coders", required = true, split = ",", paramLabel = "NAME", description = "Two or more.")
        List<String> coders;

        @Option(names = "--show-auto", description = "Let the coders see auto codings while the round is open.")
        boolean showAuto;

        @Option(names = "--consensus-coder", paramLabel = "NAME", description = "Default: konsensus.")
        String consensusCoder;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                Map<String, Long> keys = p.codebooks().codes(p.codebooks().codebook(codebook).id()).stream()
                        .collect(Collectors.toMap(Code::key, Code::id, (a, b) -> a));
                List<Long> codeIds = codes.stream().map(k -> known(keys, k, "code", "codebook " + codebook)).toList();
                Map<String, Long> names = p.corpus().documents().stream()
                        .collect(Collectors.toMap(Document::name, Document::id));
                List<Long> documentIds = documents.stream().map(n -> known(names, n, "document", "the project"))
                        .toList();
                Round r = p.rounds().open(new NewRound(name, codebook, codeIds, documentIds, coders, showAuto,
                        consensusCoder), ACTOR);
                spec.commandLine().getOut().println("opened round " + r.id() + " '" + r.name() + "': "
                        + r.documentIds().size() + " documents, coders " + String.join(", ", r.coders()));
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the project's rounds, newest first.")
    static final class ListRounds implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Project p = project.openForReading()) {
                for (Round r : p.rounds().list()) {
                    out.println(r.id() + "  " + r.name() + "  " + (r.open() ? "open" : "closed " + r.closedAt())
                            + "  codebook " + r.codebookId() + ", " + r.documentIds().size() + " documents, coders "
                            + String.join(", ", r.coders()) + ", consensus coder " + r.consensusCoder());
                }
            }
            return 0;
        }
    }

    @Command(name = "close", description = "Close a round: every coder's codings become visible to all.")
    static final class Close implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "ID")
        long id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                Round r = p.rounds().close(id, ACTOR);
                spec.commandLine().getOut().println("closed round " + r.id() + " '" + r.name() + "'");
            }
            return 0;
        }
    }

    private static long known(Map<String, Long> ids, String name, String what, String where) {
        Long id = ids.get(name.strip());
        if (id == null) {
            throw new IllegalArgumentException("--" + what + "s: " + where + " has no " + what + " '" + name + "'");
        }
        return id;
    }
}
