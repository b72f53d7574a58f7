package dk.kodetrae.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CommonMark: {@code #} title, the note as a paragraph, {@code ##} per theme and one more {@code #} per level
 * below (at most six), the group label in bold, each quote as a one-line block quote in Danish quotation marks
 * with its attribution after it on the same line, and in italics "(automatisk kodet, ikke gennemset)" when a rule
 * coded it and nobody reviewed it. Transcript text, names and labels are escaped so that they stay text.
 */
final class MarkdownWriter implements Outline.Sink {
    /** The ASCII punctuation that can start Markdown or inline HTML anywhere on a line; CommonMark escapes all. */
    private static final String SPECIAL = "\\`*_[]<>#|~&";

    private final Writer out;

    private MarkdownWriter(Writer out) {
        this.out = out;
    }

    static void write(List<Quote> quotes, String title, String note, Writer out) throws IOException {
        Outline.walk(title, note, quotes, new MarkdownWriter(out));
    }

    @Override
    public void title(String title) throws IOException {
        block("# " + escape(title));
    }

    @Override
    public void note(String note) throws IOException {
        block(escape(note));
    }

    @Override
    public void heading(int depth, String name) throws IOException {
        block("#".repeat(Math.min(depth + 2, 6)) + " " + escape(name));
    }

    @Override
    public void group(String label) throws IOException {
        block("**" + escape(label) + "**");
    }

    @Override
    public void quote(Quote quote) throws IOException {
        String attribution = quote.attribution().isEmpty() ? "" : " " + escape(quote.attribution());
        String mark = quote.unreviewed() ? " *(" + ExportSummary.UNREVIEWED_MARK + ")*" : "";
        block("> „" + escape(quote.text()) + "“" + attribution + mark);
    }

    private void block(String line) throws IOException {
        out.write(line);
        out.write("\n\n");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
