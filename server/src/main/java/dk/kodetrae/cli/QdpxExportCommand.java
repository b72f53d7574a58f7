package dk.kodetrae.cli;

import dk.kodetrae.project.Project;
import dk.kodetrae.refiqda.RefiQda;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-qdpx", description = "Export the project as REFI-QDA (.qdpx), or one codebook (.qdc with"
        + " --codebook), for NVivo, ATLAS.ti, MAXQDA, QualCoder…")
final class QdpxExportCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--codebook", paramLabel = "ID", description = "Write only this codebook, as a .qdc")
    String codebook;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "FILE.qdpx or FILE.qdc")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean qdc = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc");
        if (qdc != (codebook != null)) {
            throw new IllegalArgumentException("a .qdc holds one codebook: give --codebook ID with -o FILE.qdc,"
                    + " and neither for a .qdpx project");
        }
        try (Project p = project.openForReading()) {
            String name = p.directory().toAbsolutePath().getFileName().toString();
            Files.write(output, qdc ? RefiQda.exportCodebook(p, codebook)
                    : RefiQda.exportProject(p, name, System.getProperty("user.name", "kodetrae")));
            spec.commandLine().getOut().println("wrote " + output);
        }
        return 0;
    }
}
