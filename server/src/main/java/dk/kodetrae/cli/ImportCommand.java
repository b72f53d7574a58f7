package dk.kodetrae.cli;

import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.ImportProblem;
import dk.kodetrae.transcript.ImportReport;
import dk.kodetrae.transcript.Importer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Import transcripts (.txt, .md, .docx) and folders of them, all or nothing.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--manifest", paramLabel = "CSV", description = "CSV with a 'document' column and attributes")
    Path manifest;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20", description = "Refuse larger files")
    long maxFileMb;

    @Parameters(arity = "1..*", paramLabel = "FILES|DIRS")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Importer.loadModelsInBackground();
        PrintWriter out = spec.commandLine().getOut();
        ImportOptions options = ImportOptions.defaults().withMaxFileBytes(maxFileMb * 1024 * 1024);
        try (Project p = project.openOrCreate()) {
            ImportReport report = p.importPaths(inputs, Optional.ofNullable(manifest), options,
                    (done, total, file) -> progress(done, total));
            print(report, out);
        }
        return 0;
    }

    static void progress(int done, int total) {
        if (System.console() != null) {
            System.err.print("\rparsing " + done + "/" + total);
            if (done == total) {
                System.err.println();
            }
        }
    }

    static void print(ImportReport report, PrintWriter out) {
        out.println("imported " + report.summary());
        for (String s : report.skipped()) {
            out.println("  skipped " + s);
        }
        for (ImportProblem w : report.warnings()) {
            out.println("  warning " + w);
        }
    }
}
