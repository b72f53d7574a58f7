package dk.kodetrae.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Serve a project's web page and REST API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return server.serve(project::open, spec.commandLine().getOut());
    }
}
