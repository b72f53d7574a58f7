package dk.kodetrae.transcript;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An import, or a change of attributes checked as an import checks its manifest, was refused; nothing in the
 * project was changed. Lists every problem found, not just the first.
 */
public final class ImportException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Message summary;
    private final transient List<ImportProblem> problems;

    ImportException(List<ImportProblem> problems) {
        this(Message.of("import.refused", "import refused, nothing was changed", "problems", problems.size()),
                problems);
    }

    private ImportException(Message summary, List<ImportProblem> problems) {
        super(summary.text() + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.summary = summary;
        this.problems = List.copyOf(problems);
    }

    /** A change of attributes after import was refused (see {@link AttributeEditor}). */
    static ImportException attributesRefused(List<ImportProblem> problems) {
        return new ImportException(Message.of("attributes.refused", "attribute change refused, nothing was changed",
                "problems", problems.size()), problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public Message explanation() {
        return summary;
    }
}
