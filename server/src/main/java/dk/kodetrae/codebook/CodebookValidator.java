package dk.kodetrae.codebook;

import dk.kodetrae.search.QueryLanguage;
import dk.kodetrae.search.QuerySyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a codebook file before anything of it is stored; lists every problem with the code it concerns. */
final class CodebookValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private CodebookValidator() {
    }

    static List<String> problems(CodebookFile file, QueryLanguage language) {
        List<String> problems = new ArrayList<>();
        if (!CodebookFile.FORMAT.equals(file.format())) {
            problems.add("format must be '" + CodebookFile.FORMAT + "', got '" + file.format() + "'");
        }
        if (file.id() == null || !ID.matcher(file.id()).matches()) {
            problems.add("codebook id must be lowercase letters, digits and '-', got '" + file.id() + "'");
        }
        if (file.name() == null || file.name().isBlank()) {
            problems.add("codebook name is missing");
        }
        Set<String> seen = new HashSet<>();
        for (CodebookFile.Entry e : file.codes()) {
            entryProblems(e, seen, language, problems);
            seen.add(e.id());
        }
        return problems;
    }

    private static void entryProblems(CodebookFile.Entry e, Set<String> earlier, QueryLanguage language,
                                      List<String> problems) {
        String where = "code '" + e.id() + "': ";
        if (e.id() == null || !ID.matcher(e.id()).matches()) {
            problems.add(where + "id must be lowercase letters, digits and '-'");
        } else if (earlier.contains(e.id())) {
            problems.add(where + "duplicate id");
        }
        if (e.parent() != null && !earlier.contains(e.parent())) {
            problems.add(where + "parent '" + e.parent() + "' is not defined before it (unknown parent or a cycle)");
        }
        if (e.name() == null || e.name().isBlank()) {
            problems.add(where + "name is missing");
        }
        if (e.color() != null && !COLOR.matcher(e.color()).matches()) {
            problems.add(where + "color must be #rrggbb, got '" + e.color() + "'");
        }
        if (e.rule() != null) {
            try {
                language.parse(e.rule().query());
            } catch (QuerySyntaxException q) {
                problems.add(where + "rule " + q.getMessage());
            }
        }
    }
}
