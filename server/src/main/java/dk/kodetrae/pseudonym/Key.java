package dk.kodetrae.pseudonym;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The key: the names the researcher listed and the decisions, original → pseudonym. Everything in it is personal
 * data, which is why it lives in a file apart from the project ({@link KeyFile}). Immutable.
 *
 * @param project the project directory's name, so a key is not mistaken for another project's
 */
public record Key(String format, String project, List<ListedName> names, List<Decision> decisions) {
    static final String FORMAT = "kodetrae-pseudonym-key/1";

    public Key {
        names = List.copyOf(names);
        decisions = List.copyOf(decisions);
    }

    static Key empty(String project) {
        return new Key(FORMAT, project, List.of(), List.of());
    }

    Optional<Decision> decision(String original) {
        return decisions.stream().filter(d -> d.original().equals(original)).findFirst();
    }

    Key with(Decision decision) {
        List<Decision> out = new ArrayList<>(decisions);
        out.removeIf(d -> d.original().equals(decision.original()));
        out.add(decision);
        return new Key(format, project, names, out);
    }

    Key withName(ListedName name) {
        List<ListedName> out = new ArrayList<>(names);
        out.removeIf(n -> n.name().equals(name.name()));
        out.add(name);
        return new Key(format, project, out, decisions);
    }

    Key withNames(List<ListedName> list) {
        return new Key(format, project, list, decisions);
    }

    /** Pseudonym → the originals it replaces (usually one; several when the researcher chose so). */
    Map<String, List<String>> originalsByPseudonym() {
        Map<String, List<String>> out = new TreeMap<>();
        decisions.stream().filter(Decision::accepted)
                .forEach(d -> out.computeIfAbsent(d.pseudonym(), p -> new ArrayList<>()).add(d.original()));
        return out;
    }
}
