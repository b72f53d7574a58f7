package dk.kodetrae.project;

import dk.kodetrae.codebook.Codebook;
import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.corpus.Attribute;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.GroupLabels;
import dk.kodetrae.export.AttributionTemplate;
import dk.kodetrae.message.InvalidInput;
import dk.kodetrae.message.Message;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A project's settings ({@link ProjectSettings}) in the store, checked against the project before they are kept:
 * the attributes and codebook they name must exist, the template must parse. Thread-safe.
 */
public final class Settings {
    private final Store store;
    private final Corpus corpus;
    private final Codebooks codebooks;

    Settings(Store store, Corpus corpus, Codebooks codebooks) {
        this.store = store;
        this.corpus = corpus;
        this.codebooks = codebooks;
    }

    /**
     * The settings in force: what the project set, and for what it did not, the defaults (no cluster attribute,
     * the first codebook, no attribution, groups named {@code attribute = value}).
     *
     * @param pseudonymisedExportsOnly whether exports take pseudonymised documents only (not set: false; a switch
     *                                 rather than something to hint at, so it is never in {@code unset})
     * @param unset the settings the project has not set, by their JSON names, so a page or the CLI can hint at them
     */
    public record Effective(String clusterAttribute, String defaultCodebook, String attributionTemplate,
                            Map<String, Map<String, String>> groupLabels, boolean pseudonymisedExportsOnly,
                            List<String> unset) {
        public GroupLabels labels() {
            return new GroupLabels(groupLabels);
        }

        public AttributionTemplate attribution() {
            return AttributionTemplate.parse(attributionTemplate);
        }
    }

    /** The settings as stored; {@link ProjectSettings#NONE} for a project that has set nothing. */
    public ProjectSettings stored() {
        return store.read(c -> {
            Map<String, Map<String, String>> labels = new TreeMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT attribute, value, label FROM group_label")) {
                while (r.next()) {
                    labels.computeIfAbsent(r.getString(1), a -> new TreeMap<>()).put(r.getString(2), r.getString(3));
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT cluster_attribute, default_codebook, attribution_template, pseudonymised_exports_only"
                            + " FROM project_settings")) {
                return r.next() ? new ProjectSettings(r.getString(1), r.getString(2), r.getString(3), labels,
                        r.getObject(4) == null ? null : r.getInt(4) == 1)
                        : new ProjectSettings(null, null, null, labels);
            }
        });
    }

    public Effective effective() {
        ProjectSettings s = stored();
        List<String> unset = new ArrayList<>();
        if (s.clusterAttribute() == null) {
            unset.add("clusterAttribute");
        }
        if (s.defaultCodebook() == null) {
            unset.add("defaultCodebook");
        }
        if (s.attributionTemplate() == null) {
            unset.add("attributionTemplate");
        }
        if (s.groupLabels().isEmpty()) {
            unset.add("groupLabels");
        }
        String codebook = s.defaultCodebook() != null ? s.defaultCodebook()
                : codebooks.codebooks().stream().map(Codebook::id).findFirst().orElse(null);
        return new Effective(s.clusterAttribute(), codebook,
                s.attributionTemplate() == null ? "" : s.attributionTemplate(), s.groupLabels(),
                Boolean.TRUE.equals(s.pseudonymisedExportsOnly()), List.copyOf(unset));
    }

    /**
     * The codebook a command works on: the one asked for, or the project's default.
     *
     * @throws IllegalArgumentException when none is asked for and the project has no codebook
     */
    public String codebook(String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        String codebook = effective().defaultCodebook();
        if (codebook == null) {
            throw new InvalidInput("project.noCodebook", "the project has no codebook yet: load one first (kodetrae "
                    + "codebook load FILE, or POST /codebooks)");
        }
        return codebook;
    }

    /**
     * Replaces the settings, after checking them against the project; the change is logged and durable when this
     * returns.
     *
     * @throws SettingsException naming each setting that is wrong and why; nothing is changed then
     */
    public ProjectSettings update(ProjectSettings settings, String actor) {
        List<Message> problems = problems(settings);
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        store.write(c -> {
            write(c, settings);
            store.logChange(c, new Change(actor, "update", "settings", null, describe(settings)));
            return null;
        });
        return settings;
    }

    private List<Message> problems(ProjectSettings s) {
        List<Message> problems = new ArrayList<>();
        Map<String, Map<String, Integer>> values = corpus.attributeValueCounts();
        Set<String> attributes = new TreeSet<>(corpus.attributes().stream().map(Attribute::name).toList());
        if (s.clusterAttribute() != null && !attributes.contains(s.clusterAttribute())) {
            problems.add(noAttribute("clusterAttribute", s.clusterAttribute(), attributes));
        }
        List<String> books = codebooks.codebooks().stream().map(Codebook::id).toList();
        if (s.defaultCodebook() != null && !books.contains(s.defaultCodebook())) {
            problems.add(Message.of("settings.unknownCodebook", "defaultCodebook: the project has no codebook '"
                    + s.defaultCodebook() + "' (it has: " + listed(books) + ")", "setting", "defaultCodebook",
                    "name", s.defaultCodebook(), "known", listed(books)));
        }
        if (s.attributionTemplate() != null) {
            templateProblem(s.attributionTemplate(), attributes).ifPresent(problems::add);
        }
        s.groupLabels().forEach((attribute, labels) -> labelProblems(attribute, labels, attributes,
                values.getOrDefault(attribute, Map.of()), problems));
        return problems;
    }

    private static void labelProblems(String attribute, Map<String, String> labels, Set<String> attributes,
                                      Map<String, Integer> known, List<Message> problems) {
        if (!attributes.contains(attribute)) {
            problems.add(noAttribute("groupLabels", attribute, attributes));
            return;
        }
        labels.forEach((value, label) -> {
            String setting = "groupLabels." + attribute;
            if (!known.containsKey(value)) {
                problems.add(Message.of("settings.unknownValue", setting + ": no document has the value '" + value
                        + "' (the values are: " + listed(known.keySet()) + ")", "setting", setting,
                        "attribute", attribute, "value", value, "known", listed(known.keySet())));
            } else if (label == null || label.isBlank()) {
                problems.add(Message.of("settings.blankLabel", setting + "." + value + ": a label must not be blank",
                        "setting", setting + "." + value, "attribute", attribute, "value", value));
            }
        });
    }

    private static Optional<Message> templateProblem(String template, Set<String> attributes) {
        AttributionTemplate parsed;
        try {
            parsed = AttributionTemplate.parse(template);
        } catch (IllegalArgumentException e) {
            return Optional.of(Message.of("settings.template", "attributionTemplate: " + e.getMessage(),
                    "setting", "attributionTemplate", "message", e.getMessage()));
        }
        return parsed.attributes().stream().filter(a -> !attributes.contains(a)).findFirst()
                .map(a -> noAttribute("attributionTemplate", a, attributes));
    }

    private static Message noAttribute(String setting, String name, Set<String> attributes) {
        return Message.of("settings.unknownAttribute", setting + ": the project has no attribute '" + name
                + "' (it has: " + listed(attributes) + ")", "setting", setting, "name", name, "known", listed(attributes));
    }

    private static String listed(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static void write(Connection c, ProjectSettings s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO project_settings(id, cluster_attribute,"
                + " default_codebook, attribution_template, pseudonymised_exports_only) VALUES (1, ?, ?, ?, ?)")) {
            p.setString(1, s.clusterAttribute());
            p.setString(2, s.defaultCodebook());
            p.setString(3, s.attributionTemplate());
            p.setObject(4, s.pseudonymisedExportsOnly() == null ? null : s.pseudonymisedExportsOnly() ? 1 : 0);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM group_label")) {
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO group_label(attribute, value, label) VALUES (?, ?, ?)")) {
            for (var attribute : s.groupLabels().entrySet()) {
                for (var label : attribute.getValue().entrySet()) {
                    p.setString(1, attribute.getKey());
                    p.setString(2, label.getKey());
                    p.setString(3, label.getValue());
                    p.executeUpdate();
                }
            }
        }
    }

    private static String describe(ProjectSettings s) {
        return "clusterAttribute=" + s.clusterAttribute() + "; defaultCodebook=" + s.defaultCodebook()
                + "; attributionTemplate=" + s.attributionTemplate() + "; groupLabels=" + s.groupLabels()
                + "; pseudonymisedExportsOnly=" + s.pseudonymisedExportsOnly();
    }
}
