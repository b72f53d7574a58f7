package dk.kodetrae.refiqda;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;
import java.util.List;
import java.util.stream.Collectors;

/** A REFI-QDA file was refused; nothing in the project was changed. Lists every problem found. */
public final class RefiQdaException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;
    private final String file;

    RefiQdaException(String file, List<String> problems) {
        super(file + ": refused, nothing was changed:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.file = file;
    }

    RefiQdaException(String file, String problem) {
        this(file, List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public Message explanation() {
        return Message.of("refiqda.refused", file + ": refused, nothing was changed", "file", file, "problems",
                problems.size());
    }
}
