package dk.kodetrae.codebook;

import java.util.List;

/** A codebook or code edit was refused; nothing was changed. */
public final class CodebookException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;
    private final boolean conflict;

    CodebookException(String message, List<String> problems, boolean conflict) {
        super(problems.isEmpty() ? message : message + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    static CodebookException invalid(String message) {
        return new CodebookException(message, List.of(), false);
    }

    static CodebookException conflict(String message) {
        return new CodebookException(message, List.of(), true);
    }

    public List<String> problems() {
        return problems;
    }

    /** Whether the edit clashes with the project's state (HTTP 409) rather than being malformed (400). */
    public boolean isConflict() {
        return conflict;
    }
}
