package dk.kodetrae.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes coded excerpts as quotes for a report.
 *
 * <p>Every format holds the same quotes in the same order: by code in the order of {@code codeOrder} (the
 * codebook in pre-order, so a theme comes before its sub-codes), then comparison group, then document name (both
 * compared as Danish text), then start offset. Excerpts of one code in one document that overlap (a sentence coded
 * by hand inside an auto-coded turn, two coders' codings of one passage) are one quote: their union. A quote is the
 * transcript text with only white space normalised, cut after whole sentences when longer than
 * {@link ExportOptions#maxChars()} and then ending in " (…)".
 *
 * <ul>
 *   <li>DOCX, MARKDOWN, HTML: title, a line with the coding filter and the counts
 *       ({@link ExportSummary#danish(dk.kodetrae.coding.CodingFilter)}), a heading per code that has quotes (and per
 *       ancestor), the group label where it changes, each quote in Danish quotation marks „…“ with its attribution,
 *       and after a quote that a rule coded and nobody reviewed, the mark
 *       "{@value ExportSummary#UNREVIEWED_MARK}".
 *   <li>CSV, XLSX: a header row and one row per coding: quote (the number of the quote it belongs to, shared by
 *       the rows of merged codings), code_path, code_id, document, start, end (the coding's own span), group,
 *       speaker, coder, origin, rule, review, reviewer, reviewed_at, text (the quote's), attribution, then one
 *       column per attribute name (sorted). One row per coding keeps each coding's own facts filterable; the quote
 *       number finds the quotes the document formats print.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ExcerptExporter {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ExcerptExporter() {
    }

    /**
     * Writes the export to {@code out} and flushes it; does not close it. Nothing is written if the arguments are
     * invalid.
     *
     * @param codeOrder every code that an excerpt is coded with, each once, in the order to export
     * @return how many quotes from how many codings
     * @throws IllegalArgumentException if an argument is null, {@code codeOrder} repeats a code or lacks the code
     *                                  of an excerpt
     * @throws IOException              if {@code out} fails
     */
    public static ExportSummary write(ExportFormat format, List<Excerpt> excerpts, List<CodeRef> codeOrder,
                                      ExportOptions options, OutputStream out) throws IOException {
        Prepared prepared = prepare(excerpts, codeOrder, options);
        prepared.write(format, out);
        return prepared.summary();
    }

    /**
     * Validates, orders and merges the excerpts without writing, so that a caller can report the counts (e.g. in
     * HTTP headers) before the body is streamed.
     *
     * @throws IllegalArgumentException as {@link #write}
     */
    public static Prepared prepare(List<Excerpt> excerpts, List<CodeRef> codeOrder, ExportOptions options) {
        requireNonNull(excerpts, "excerpts");
        requireNonNull(codeOrder, "codeOrder");
        requireNonNull(options, "options");
        return new Prepared(Quotes.prepare(excerpts, codeOrder, options), excerpts.size(), options);
    }

    /** An export ready to write, in any format and as often as asked. */
    public static final class Prepared {
        private final List<Quote> quotes;
        private final ExportSummary summary;
        private final ExportOptions options;

        private Prepared(List<Quote> quotes, int codings, ExportOptions options) {
            this.quotes = quotes;
            this.summary = new ExportSummary(quotes.size(), codings);
            this.options = options;
        }

        public ExportSummary summary() {
            return summary;
        }

        /** Writes the export to {@code out} and flushes it; does not close it. */
        public void write(ExportFormat format, OutputStream out) throws IOException {
            requireNonNull(format, "format");
            requireNonNull(out, "out");
            String title = options.title();
            String note = summary.danish(options.codings());
            switch (format) {
                case DOCX -> DocxWriter.write(quotes, title, note, out);
                case XLSX -> XlsxWriter.write(quotes, out);
                case MARKDOWN -> text(out, false, w -> MarkdownWriter.write(quotes, title, note, w));
                case HTML -> text(out, false, w -> HtmlWriter.write(quotes, title, note, w));
                case CSV -> text(out, true, w -> CsvWriter.write(quotes, ',', w));
                case CSV_SEMICOLON -> text(out, true, w -> CsvWriter.write(quotes, ';', w));
            }
            out.flush();
        }
    }
    private interface TextBody {
        void write(Writer w) throws IOException;
    }

    private static void text(OutputStream out, boolean bom, TextBody body) throws IOException {
        if (bom) {
            out.write(UTF8_BOM);
        }
        // flushed, not closed: closing the writer would close the caller's stream
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        body.write(w);
        w.flush();
    }

    private static void requireNonNull(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
