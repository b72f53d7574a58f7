package dk.kodetrae.export;

/** The formats {@link ExcerptExporter} writes, with what an HTTP response or a file name needs to know. */
public enum ExportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    MARKDOWN("md", "text/markdown; charset=UTF-8"),
    HTML("html", "text/html; charset=UTF-8"),
    CSV("csv", "text/csv; charset=UTF-8"),
    /** CSV separated by semicolons, as a spreadsheet set up for Danish (decimal comma) opens it by a double click. */
    CSV_SEMICOLON("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format named as the API and the CLI take it, e.g. "csv-semicolon" (any case, - or _). */
    public static ExportFormat of(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    /** The file name extension, without the dot, e.g. "docx". */
    public String extension() {
        return extension;
    }

    /** The media type for a Content-Type header; text formats name their charset, always UTF-8. */
    public String mediaType() {
        return mediaType;
    }
}
