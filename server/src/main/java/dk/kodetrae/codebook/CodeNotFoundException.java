package dk.kodetrae.codebook;

/** No code or codebook with the given id. */
public final class CodeNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CodeNotFoundException(String message) {
        super(message);
    }
}
