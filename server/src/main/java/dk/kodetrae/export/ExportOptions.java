package dk.kodetrae.export;

import dk.kodetrae.coding.CodingFilter;

/**
 * How an export looks.
 *
 * @param title       the document title; a blank title writes no title heading
 * @param attribution turns a document's attributes into the text after each quote
 * @param maxChars    the longest quote in characters (Unicode code points) before it is cut at a sentence
 *                    boundary and marked " (…)"; 0 keeps every quote whole
 * @param codings     the filter the excerpts were chosen by, named in the note under the title
 */
public record ExportOptions(String title, AttributionTemplate attribution, int maxChars, CodingFilter codings) {
    public ExportOptions {
        if (title == null) {
            throw new IllegalArgumentException("title must not be null (use \"\" for no title)");
        }
        if (attribution == null) {
            throw new IllegalArgumentException("attribution must not be null (use AttributionTemplate.NONE)");
        }
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must be 0 (no trimming) or positive, got " + maxChars);
        }
        if (codings == null) {
            throw new IllegalArgumentException("codings must not be null (use CodingFilter.DEFAULT)");
        }
    }

    /** Excerpts chosen by {@link CodingFilter#DEFAULT}. */
    public ExportOptions(String title, AttributionTemplate attribution, int maxChars) {
        this(title, attribution, maxChars, CodingFilter.DEFAULT);
    }

    /** No attribution, quotes kept whole. */
    public static ExportOptions titled(String title) {
        return new ExportOptions(title, AttributionTemplate.NONE, 0);
    }
}
