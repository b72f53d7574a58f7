package dk.kodetrae.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kodetrae.agreement.AgreementTable;
import dk.kodetrae.agreement.Report;
import dk.kodetrae.agreement.Request;
import dk.kodetrae.agreement.Unit;
import dk.kodetrae.codebook.Code;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.export.ExportFormat;
import dk.kodetrae.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "agreement", description = {"Intercoder agreement per code: percent, Cohen's kappa (two coders),"
        + " Fleiss' kappa (three or more), Krippendorff's alpha and unitizing alpha, with chance agreement.",
        "Only codings people made count unless --codings says otherwise."})
final class AgreementCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--round", paramLabel = "ID", description = "A coding round: its documents, codes and coders")
    Long round;

    @Option(names = "--coders", split = ",", paramLabel = "NAME,NAME[,NAME]",
            description = "Two to ten coders, as their names stand on their codings (with --round: some of its coders)")
    List<String> coders = new ArrayList<>();

    @Option(names = "--documents", split = ",", paramLabel = "NAME[,NAME]", description = "Documents (default: all)")
    List<String> documents = new ArrayList<>();

    @Option(names = "--codebook", paramLabel = "ID", description = "Codebook (default: the project's default codebook)")
    String codebook;

    @Option(names = "--codes", split = ",", paramLabel = "KEY[,KEY]", description = "Codes of the codebook (default: all)")
    List<String> codes = new ArrayList<>();

    @Option(names = "--unit", defaultValue = "characters", description = "characters, sentences or turns")
    String unit;

    @Option(names = "--codings", defaultValue = "manual", paramLabel = "FILTER",
            description = "Which codings count: manual (manual and imported, the default), reviewed or all")
    String codings;

    @Option(names = "--min-uses", defaultValue = "" + Request.DEFAULT_MINIMUM_USES,
            description = "Codes used fewer times (all coders together) get a warning (default ${DEFAULT-VALUE})")
    int minUses;

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv or json on standard output; csv, csv-semicolon, xlsx or docx with --output")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the table to this file")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Project p = project.openForReading()) {
            Report report = p.agreement().compute(request(p));
            if (output != null) {
                try (OutputStream out = Files.newOutputStream(output)) {
                    AgreementTable.of(report).write(ExportFormat.of(format), out);
                }
                return 0;
            }
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case "table" -> out.print(AgreementTable.text(report));
                case "csv" -> out.print(csv(report));
                case "json" -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(report));
                default -> throw new IllegalArgumentException("--format must be table, csv or json (or csv,"
                        + " csv-semicolon, xlsx or docx with --output), got '" + format + "'");
            }
        }
        return 0;
    }

    private Request request(Project p) {
        if (round != null) {
            return Request.of(p.rounds().get(round), coders, Unit.of(unit), CodingFilter.of(codings), minUses);
        }
        String book = p.settings().codebook(codebook);
        return new Request(documentIds(p), coders, codeIds(p, book), book, Unit.of(unit), CodingFilter.of(codings),
                minUses);
    }

    private static String csv(Report report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AgreementTable.of(report).write(ExportFormat.CSV, bytes);
        // without the byte-order mark a file needs for Excel: this goes to a terminal or a pipe
        return bytes.toString(StandardCharsets.UTF_8).substring(1);
    }

    private List<Long> documentIds(Project p) {
        return resolve(documents, name -> p.corpus().documentNamed(name).map(Document::id).orElse(null), "document",
                p.corpus().documents().stream().map(Document::name).toList());
    }

    private List<Long> codeIds(Project p, String book) {
        List<Code> all = p.codebooks().codes(book);
        return resolve(codes, key -> all.stream().filter(c -> c.key().equals(key)).map(Code::id).findFirst()
                .orElse(null), "code in codebook '" + book + "'", all.stream().map(Code::key).toList());
    }

    private static List<Long> resolve(List<String> names, Function<String, Long> id, String what, List<String> known) {
        List<Long> out = new ArrayList<>();
        for (String name : names) {
            Long found = id.apply(name.strip());
            if (found == null) {
                throw new IllegalArgumentException("no " + what + " named '" + name + "'; there are: "
                        + known.stream().limit(20).collect(Collectors.joining(", "))
                        + (known.size() > 20 ? ", …" : ""));
            }
            out.add(found);
        }
        return out;
    }
}
