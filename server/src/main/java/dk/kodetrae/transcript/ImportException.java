package dk.kodetrae.transcript;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import, or a change of attributes checked as an import checks its manifest, was refused; nothing in the
 * project was changed. Lists every problem found, not just the first.
 */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String IMPORT_REFUSED = "import refused, nothing was changed";
    static final String ATTRIBUTES_REFUSED = "attribute change refused, nothing was changed";

    private final String summary;
    private final transient List<ImportProblem> problems;

    ImportException(List<ImportProblem> problems) {
        this(IMPORT_REFUSED, problems);
    }

    ImportException(String summary, List<ImportProblem> problems) {
        super(summary + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.summary = summary;
        this.problems = List.copyOf(problems);
    }

    /** What was refused, in one line: {@code import refused, nothing was changed}. */
    public String summary() {
        return summary;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
