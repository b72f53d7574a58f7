package dk.kodetrae.transcript;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;
import java.util.List;
import java.util.stream.Collectors;

/** An import was refused; nothing in the project was changed. Lists every problem found, not just the first. */
public final class ImportException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient List<ImportProblem> problems;

    ImportException(List<ImportProblem> problems) {
        super("import refused, nothing was changed:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public Message explanation() {
        return Message.of("import.refused", "import refused, nothing was changed", "problems", problems.size());
    }
}
