/**
 * Export of coded passages as quotes for a report: {@link dk.kodetrae.export.ExcerptExporter} writes a list of
 * {@link dk.kodetrae.export.Excerpt}s, ordered by the codebook, as DOCX, Markdown, HTML, CSV or XLSX, each quote
 * followed by an attribution built from the document's attributes by an
 * {@link dk.kodetrae.export.AttributionTemplate}; overlapping excerpts of one code in one document are one quote.
 * Nothing here reads the store; callers hand in finished values.
 */
package dk.kodetrae.export;
