package dk.kodetrae.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A standalone UTF-8 HTML page: {@code <h1>} title, the note as {@code <p class="note">}, {@code <h2>} per theme
 * and one level more per level below (at most {@code <h6>}), the group label as {@code <p class="group">}, each
 * quote as a {@code <blockquote>} in Danish quotation marks followed by {@code <p class="attribution">} (outside
 * the quote, as HTML prescribes), and {@code <p class="unreviewed">} when a rule coded it and nobody reviewed it.
 * Every text is escaped; a content security policy forbids scripts in case a viewer ever finds a gap.
 */
final class HtmlWriter implements Outline.Sink {
    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s</title>
            <style>
            body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; color: #222;
                   max-width: 42em; margin: 2em auto; padding: 0 1em; }
            h1, h2, h3, h4, h5, h6, p.group { font-family: system-ui, sans-serif; }
            p.group { font-weight: bold; color: #555; }
            blockquote { margin: 1em 0 0 2em; font-style: italic; }
            blockquote p { margin: 0; }
            p.attribution { margin: 0.2em 0 1em 2em; color: #555; }
            p.note { color: #555; }
            p.unreviewed { margin: 0 0 1em 2em; color: #a33; font-size: 0.9em; }
            </style>
            </head>
            <body>
            """;
    private static final String FOOT = """
            </body>
            </html>
            """;

    private final Writer out;

    private HtmlWriter(Writer out) {
        this.out = out;
    }

    static void write(List<Quote> quotes, String title, String note, Writer out) throws IOException {
        String pageTitle = QuoteText.normalise(title);
        out.write(HEAD.formatted(escape(pageTitle.isEmpty() ? "Uddrag" : pageTitle)));
        Outline.walk(title, note, quotes, new HtmlWriter(out));
        out.write(FOOT);
    }

    @Override
    public void title(String title) throws IOException {
        out.write("<h1>" + escape(title) + "</h1>\n");
    }

    @Override
    public void note(String note) throws IOException {
        out.write("<p class=\"note\">" + escape(note) + "</p>\n");
    }

    @Override
    public void heading(int depth, String name) throws IOException {
        int level = Math.min(depth + 2, 6);
        out.write("<h" + level + ">" + escape(name) + "</h" + level + ">\n");
    }

    @Override
    public void group(String label) throws IOException {
        out.write("<p class=\"group\">" + escape(label) + "</p>\n");
    }

    @Override
    public void quote(Quote quote) throws IOException {
        out.write("<blockquote><p>„" + escape(quote.text()) + "“</p></blockquote>\n");
        if (!quote.attribution().isEmpty()) {
            out.write("<p class=\"attribution\">" + escape(quote.attribution()) + "</p>\n");
        }
        if (quote.unreviewed()) {
            out.write("<p class=\"unreviewed\">(" + escape(ExportSummary.UNREVIEWED_MARK) + ")</p>\n");
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
