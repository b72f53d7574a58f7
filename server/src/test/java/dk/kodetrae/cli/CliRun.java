package dk.kodetrae.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of {@code kodetrae} in this JVM, as a user runs it: exit code, standard output, standard error. */
record CliRun(int code, String out, String err) {
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
