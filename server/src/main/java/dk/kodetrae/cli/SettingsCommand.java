package dk.kodetrae.cli;

import dk.kodetrae.project.Project;
import dk.kodetrae.project.ProjectSettings;
import dk.kodetrae.project.Settings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "settings", description = "Show or set the study's project settings: cluster attribute, default "
        + "codebook, attribution template, group labels.",
        subcommands = {SettingsCommand.Show.class, SettingsCommand.Set.class})
final class SettingsCommand {
    private static final String HOW = "set them with: kodetrae settings set --help";

    @Command(name = "show", description = "Print the settings in force, and which are not set.")
    static final class Show implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Project p = project.openForReading()) {
                print(p.settings().effective(), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "set", description = {"Change settings; the others keep their values. Checked against the "
            + "project: a wrong one changes nothing.",
        "Example: settings set --cluster-attribute kommune --group-label ressourceteam ja \"Kommuner med ressourceteam\""})
    static final class Set implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Option(names = "--cluster-attribute", paramLabel = "ATTRIBUTE",
                description = "The attribute interviews are nested in (e.g. municipality), for the compare caveat")
        String clusterAttribute;

        @Option(names = "--default-codebook", paramLabel = "ID",
                description = "The codebook compare, export, autocode and the page open on")
        String defaultCodebook;

        @Option(names = "--attribution-template", paramLabel = "TEMPLATE",
                description = "Text after each exported quote, e.g. \"({rolle}, {ressourceteam=ja?med team|uden team})\"")
        String attributionTemplate;

        @Option(names = "--group-label", arity = "3", paramLabel = "ATTRIBUTE VALUE LABEL",
                description = "A group's name in compare and exports; repeatable; an empty LABEL removes it")
        List<String> groupLabels = new ArrayList<>();

        @Option(names = "--pseudonymised-exports-only", paramLabel = "true|false", arity = "1",
                description = "Exports leave out documents not pseudonymised yet (a REFI-QDA project export is "
                        + "refused until all are)")
        Boolean pseudonymisedExportsOnly;

        @Option(names = "--unset", paramLabel = "SETTING", description = "Unset: cluster-attribute, "
                + "default-codebook, attribution-template or group-labels (all of them); repeatable")
        List<String> unset = new ArrayList<>();

        @Option(names = "--actor", defaultValue = "cli", description = "Name recorded in the change log")
        String actor;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                ProjectSettings s = p.settings().stored();
                for (String name : unset) {
                    s = unset(s, name);
                }
                s = clusterAttribute == null ? s : s.withClusterAttribute(clusterAttribute);
                s = defaultCodebook == null ? s : s.withDefaultCodebook(defaultCodebook);
                s = attributionTemplate == null ? s : s.withAttributionTemplate(attributionTemplate);
                s = pseudonymisedExportsOnly == null ? s : s.withPseudonymisedExportsOnly(pseudonymisedExportsOnly);
                for (int i = 0; i + 2 < groupLabels.size(); i += 3) {
                    s = s.withGroupLabel(groupLabels.get(i), groupLabels.get(i + 1), groupLabels.get(i + 2));
                }
                p.settings().update(s, actor);
                print(p.settings().effective(), spec.commandLine().getOut());
            }
            return 0;
        }

        private static ProjectSettings unset(ProjectSettings s, String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "cluster-attribute" -> s.withClusterAttribute(null);
                case "default-codebook" -> s.withDefaultCodebook(null);
                case "attribution-template" -> s.withAttributionTemplate(null);
                case "group-labels" -> new ProjectSettings(s.clusterAttribute(), s.defaultCodebook(),
                        s.attributionTemplate(), Map.of(), s.pseudonymisedExportsOnly());
                default -> throw new IllegalArgumentException("--unset takes cluster-attribute, default-codebook, "
                        + "attribution-template or group-labels, got '" + name + "'");
            };
        }
    }

    static void print(Settings.Effective s, PrintWriter out) {
        out.println("cluster attribute:    " + (s.unset().contains("clusterAttribute")
                ? "(not set: interviews are not nested, compare gives no caveat on clusters)" : s.clusterAttribute()));
        out.println("default codebook:     " + (s.defaultCodebook() == null ? "(none: the project has no codebook)"
                : s.defaultCodebook() + (s.unset().contains("defaultCodebook") ? " (not set: the first codebook)" : "")));
        out.println("attribution template: " + (s.unset().contains("attributionTemplate")
                ? "(not set: exported quotes have no attribution)" : s.attributionTemplate()));
        out.println("group labels:" + (s.unset().contains("groupLabels")
                ? "         (not set: groups are named attribute = value)" : ""));
        s.groupLabels().forEach((attribute, labels) -> labels.forEach((value, label) ->
                out.println("  " + attribute + " = " + value + ": " + label)));
        out.println("exports:              " + (s.pseudonymisedExportsOnly()
                ? "pseudonymised documents only" : "every document"));
        if (!s.unset().isEmpty()) {
            out.println("Not set: " + String.join(", ", s.unset()) + "; " + HOW);
        }
    }
}
