package dk.kodetrae.codebook;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;
import java.util.List;

/** A codebook or code edit was refused; nothing was changed. */
public final class CodebookException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;
    private final boolean conflict;
    private final transient Message explanation;

    CodebookException(Message explanation, List<String> problems, boolean conflict) {
        super(problems.isEmpty() ? explanation.text() : explanation.text() + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
        this.explanation = explanation;
    }

    static CodebookException invalid(String code, String message, Object... namesAndValues) {
        return new CodebookException(Message.of(code, message, namesAndValues), List.of(), false);
    }

    static CodebookException conflict(String code, String message, Object... namesAndValues) {
        return new CodebookException(Message.of(code, message, namesAndValues), List.of(), true);
    }

    public List<String> problems() {
        return problems;
    }

    /** Whether the edit clashes with the project's state (HTTP 409) rather than being malformed (400). */
    public boolean isConflict() {
        return conflict;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
