package dk.kodetrae.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A password for the CLI, never from an argument (the process list and the shell's history would show it): typed
 * twice at the terminal without echo, or the first line of standard input when that is not a terminal (scripts).
 */
final class PasswordInput {
    private PasswordInput() {
    }

    static char[] read(String name) {
        Console console = System.console();
        return terminal(console) ? typed(console, name) : firstLine();
    }

    private static char[] typed(Console console, String name) {
        char[] first = console.readPassword("Password for %s: ", name);
        char[] again = console.readPassword("The same again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            throw new IllegalArgumentException("the two passwords differ; nothing was changed");
        }
        Arrays.fill(again, '\0');
        return first;
    }

    private static char[] firstLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("no password: type it at a terminal, or give it as the first line"
                        + " of standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }

    /**
     * Since Java 22 {@link System#console()} is there even when input is redirected; {@code isTerminal} (22+) tells
     * them apart. On 21 a console exists only at a terminal.
     */
    private static boolean terminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
