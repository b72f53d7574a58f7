package dk.kodetrae.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kodetrae.analysis.Crosstab;
import dk.kodetrae.project.Project;
import dk.kodetrae.project.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = {"Code frequencies by group: codes (with their sub-codes) x groups.",
        "Respondent speech only unless --all-speakers; coverage = coded words per 10,000 respondent words."})
final class CompareCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--by", required = true, paramLabel = "ATTRIBUTE", description = "One group per value, named by the project's group labels")
    String by;

    @Option(names = "--codebook", paramLabel = "ID", description = "Codebook (default: the project's default codebook)")
    String codebook;

    @Option(names = "--measure", defaultValue = "passages", description = "passages, interviews or coverage")
    String measure;

    @Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE[,VALUE]", description = "Only these interviews (repeatable)")
    List<String> where = new ArrayList<>();

    @Option(names = "--all-speakers", description = "Count interviewer speech too")
    boolean allSpeakers;

    @Option(names = "--stats", description = "Add tests: Fisher/chi-square, permutation, bootstrap, Benjamini-Hochberg")
    boolean stats;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    String format;

    @Option(names = "--seed", defaultValue = "20151", description = "Seed of the permutation and bootstrap draws")
    long seed;

    @Mixin
    CodingFilterOption codings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Crosstab.Measure m = Crosstab.Measure.valueOf(measure.toUpperCase(Locale.ROOT));
        try (Project p = project.openForReading()) {
            Settings.Effective settings = p.settings().effective();
            Crosstab.Request request = new Crosstab.Request(p.settings().codebook(codebook),
                    p.crosstab().groupsBy(by, settings.labels()), SearchCommand.filters(where), !allSpeakers, stats,
                    settings.clusterAttribute(), seed, codings.filter());
            Crosstab.Table table = p.crosstab().compute(request);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case "json" -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(table));
                case "csv" -> CrosstabText.csv(table, m, out);
                case "table" -> CrosstabText.table(table, m, out);
                default -> throw new IllegalArgumentException("--format must be table, csv or json, got '" + format + "'");
            }
        }
        return 0;
    }
}
