package dk.kodetrae.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes what the CLI prints with control characters shown as {@code \x1B} or {@code \u202E} escapes. Document
 * names, file names and quotes come from files anyone may have written, and an escape sequence in one of them
 * would otherwise act on the terminal (colour, cursor moves, rewritten lines) and bidirectional overrides would
 * reorder what is shown. Line ends and tabs pass, for line-based and CSV output.
 */
final class ControlEscapingWriter extends FilterWriter {
    ControlEscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (isControl(c)) {
            out.write(c <= 0xFF ? String.format(Locale.ROOT, "\\x%02X", c) : String.format(Locale.ROOT, "\\u%04X", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(s.charAt(i));
        }
    }

    static boolean isControl(int c) {
        boolean c0 = c < 0x20 && c != '\n' && c != '\r' && c != '\t';
        boolean c1 = c >= 0x7F && c <= 0x9F;
        boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        return c0 || c1 || bidi;
    }
}
