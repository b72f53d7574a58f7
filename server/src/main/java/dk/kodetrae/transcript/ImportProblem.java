package dk.kodetrae.transcript;

import dk.kodetrae.message.Message;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something wrong with an input file.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, or 0 when the problem is with the whole file
 * @param message what is wrong, in English
 * @param code    stable code of the problem for clients that translate it (see {@link Message#code()})
 * @param params  the values the problem names besides file and line
 */
public record ImportProblem(String file, int line, String message, String code, Map<String, Object> params) {
    public ImportProblem {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A problem without its own code: clients that translate show a generic sentence with the English text. */
    public ImportProblem(String file, int line, String message) {
        this(file, line, message, "import.problem", Map.of("message", message));
    }

    /** A problem with a code and parameters given as name, value, name, value, …. */
    static ImportProblem of(String file, int line, String code, String message, Object... namesAndValues) {
        return new ImportProblem(file, line, message, code, Message.of(code, message, namesAndValues).params());
    }

    /** The problem as a message whose parameters include the file and, if known, the line. */
    public Message explanation() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("file", file);
        if (line > 0) {
            all.put("line", line);
        }
        all.putAll(params);
        return new Message(code, all, toString());
    }

    @Override
    public String toString() {
        return line > 0 ? file + " line " + line + ": " + message : file + ": " + message;
    }
}
