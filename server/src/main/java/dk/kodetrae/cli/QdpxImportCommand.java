package dk.kodetrae.cli;

import dk.kodetrae.project.Project;
import dk.kodetrae.refiqda.QdpxReport;
import dk.kodetrae.refiqda.RefiQda;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-qdpx", description = "Import a REFI-QDA project (.qdpx) or codebook (.qdc) from NVivo,"
        + " ATLAS.ti, MAXQDA, QualCoder…, all or nothing.")
final class QdpxImportCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20", description = "Refuse larger sources")
    long maxFileMb;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Importer.loadModelsInBackground();
        ImportOptions options = ImportOptions.defaults().withMaxFileBytes(maxFileMb * 1024 * 1024);
        byte[] bytes = Files.readAllBytes(file);
        try (Project p = project.openOrCreate()) {
            print(RefiQda.importFile(p, file.getFileName().toString(), bytes, options),
                    spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(QdpxReport report, PrintWriter out) {
        out.println("imported " + report.summary());
        report.scores().forEach((convention, score) -> out.println("  positions as " + convention.description()
                + ": " + score));
        report.notPlaced().forEach(s -> out.println("  not placed: " + s));
        report.warnings().forEach(w -> out.println("  warning: " + w));
    }
}
