package dk.kodetrae.cli;

import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.export.AttributionTemplate;
import dk.kodetrae.export.ExcerptExporter;
import dk.kodetrae.export.ExcerptSource;
import dk.kodetrae.export.ExportFormat;
import dk.kodetrae.export.ExportOptions;
import dk.kodetrae.export.ExportSummary;
import dk.kodetrae.project.Project;
import dk.kodetrae.project.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {"Export themed excerpts (quotes with attribution) as docx, md, html, csv (comma"
        + " or semicolon) or xlsx.", "Overlapping codings of one code in one document are one quote; --codings all"
        + " marks unreviewed auto codings in docx, md and html."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--codebook", paramLabel = "ID", description = "Codebook (default: the project's default codebook)")
    String codebook;

    @Option(names = "--codes", split = ",", paramLabel = "KEY[,KEY]", description = "Codes to export, each with its sub-codes (default: all)")
    List<String> codes = new ArrayList<>();

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Group the quotes by this attribute; headings use the project's group labels")
    String by;

    @Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE[,VALUE]", description = "Only these interviews (repeatable)")
    List<String> where = new ArrayList<>();

    @Option(names = "--format", defaultValue = "docx", description = "docx, markdown, html, csv, csv-semicolon or xlsx")
    String format;

    @Option(names = "--template", description = "Attribution template (default: the project's; \"\" for none)")
    String template;

    @Option(names = "--max-chars", defaultValue = "0", description = "Trim longer quotes at a sentence boundary (0: never)")
    int maxChars;

    @Option(names = "--title", defaultValue = "Temaer og citater")
    String title;

    @Option(names = "--all-speakers", description = "Include interviewer speech")
    boolean allSpeakers;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
    Path output;

    @Mixin
    CodingFilterOption codings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.of(format);
        try (Project p = project.openForReading()) {
            Settings.Effective settings = p.settings().effective();
            CodingFilter filter = codings.filter();
            Project.Exportable exportable = p.exportable(new ExcerptSource.Selection(
                    p.settings().codebook(codebook), codes, by, SearchCommand.filters(where), !allSpeakers,
                    settings.labels(), filter));
            ExcerptSource.Excerpts xs = exportable.excerpts();
            AttributionTemplate attribution = template == null ? settings.attribution()
                    : AttributionTemplate.parse(template);
            ExportSummary summary;
            try (OutputStream out = Files.newOutputStream(output)) {
                summary = ExcerptExporter.write(f, xs.excerpts(), xs.codeOrder(),
                        new ExportOptions(title, attribution, maxChars, filter), out);
            }
            spec.commandLine().getOut().println("wrote " + summary.english() + " to " + output + "; "
                    + CodingFilterOption.describe(filter));
            if (!exportable.leftOut().isEmpty()) {
                spec.commandLine().getOut().println("left out the quotes of " + exportable.leftOut().size()
                        + " documents not pseudonymised yet (exports are restricted to pseudonymised documents): "
                        + String.join(", ", exportable.leftOut()));
            }
        }
        return 0;
    }
}
