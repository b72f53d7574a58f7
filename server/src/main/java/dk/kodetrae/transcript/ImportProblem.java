package dk.kodetrae.transcript;

/**
 * Something wrong with an input file.
 *
 * @param file the file as the user named it
 * @param line 1-based line, or 0 when the problem is with the whole file
 */
public record ImportProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + " line " + line + ": " + message : file + ": " + message;
    }
}
