package dk.kodetrae.cli;

import dk.kodetrae.project.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Serve a project's web page and REST API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Mixin
    ServerOptions server;

    @Option(names = "--create", description = "Create an empty project if the folder has none (to import in the page)")
    boolean create;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!create && !Project.exists(project.directory())) {
            throw new IllegalArgumentException(ProjectOption.missing(project.directory()));
        }
        return server.serve(create ? project::openOrCreate : project::open, spec.commandLine().getOut());
    }
}
