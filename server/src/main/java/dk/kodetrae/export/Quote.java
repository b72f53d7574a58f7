package dk.kodetrae.export;

/**
 * An excerpt ready to print.
 *
 * @param text        normalised and possibly cut, see {@link QuoteText#of}
 * @param attribution rendered from the document's attributes; may be ""
 */
record Quote(Excerpt excerpt, String text, String attribution) {
}
