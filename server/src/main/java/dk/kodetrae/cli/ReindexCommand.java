package dk.kodetrae.cli;

import dk.kodetrae.project.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", description = "Rebuild the search index from the project database.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            long started = System.nanoTime();
            p.index().rebuild((done, total) -> ImportCommand.progress(done, total));
            spec.commandLine().getOut().printf(java.util.Locale.ROOT, "reindexed %d documents (%s) in %d ms%n",
                    p.corpus().documents().size(), p.index().unitCounts(), (System.nanoTime() - started) / 1_000_000);
            SearchCommand.warnIfBehind(p, spec.commandLine().getErr());
        }
        return 0;
    }
}
