package dk.kodetrae.cli;

import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import dk.kodetrae.project.ProjectLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Create (or reuse) the demo project from the bundled corpus and codebooks, and serve it.")
final class DemoCommand implements Callable<Integer> {
    /** Not {@link ProjectOption}: the demo has a folder of its own, beside the default project. */
    @Option(names = "--project", paramLabel = "DIR",
            description = {"Project directory; by default", "${sys:kodetrae.demoProject}"})
    Path directory;

    @Mixin
    ServerOptions server;

    @Option(names = "--no-serve", description = "Only prepare the demo project, do not start the server")
    boolean noServe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dir = directory != null ? directory : ProjectLocation.demoProject();
        if (noServe) {
            try (Project p = Project.open(dir)) {
                prepare(p, dir);
            }
            return 0;
        }
        return server.serve(() -> prepare(Project.open(dir), dir), spec.commandLine().getOut());
    }

    private Project prepare(Project p, Path dir) {
        var report = DemoProject.ensure(p);
        spec.commandLine().getOut().println("demo project in " + dir + ": "
                + report.map(r -> "imported " + r.summary()).orElse("already imported"));
        return p;
    }
}
