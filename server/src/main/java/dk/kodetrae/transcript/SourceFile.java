package dk.kodetrae.transcript;

import dk.kodetrae.message.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Turns the bytes of one input file into raw text, read as its {@link FileKind} says: strict UTF-8 or UTF-16 with a
 * byte-order mark ({@link TextBytes}) for {@code .txt}/{@code .md}, paragraphs for {@code .docx} read by POI with
 * its zip-bomb limits on, the text layer of a PDF ({@link PdfText}); every other kind is refused with what it is and what to do.
 */
final class SourceFile {
    /** Below this ratio of compressed to uncompressed size an entry is treated as a zip bomb. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_DOCX_ENTRY_BYTES = 200L * 1024 * 1024;

    private SourceFile() {
    }

    static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static String documentName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /** The file's text, or the reason it cannot be read, phrased for the user. */
    static String read(String fileName, byte[] bytes) throws UnreadableFile {
        if (bytes.length == 0) {
            throw new UnreadableFile("empty file");
        }
        FileKind kind = FileKind.of(fileName, bytes);
        String text = switch (kind.reading()) {
            case TEXT -> plain(bytes);
            case DOCX -> docx(bytes);
            case PDF -> PdfText.read(bytes);
            case REFUSED -> throw new UnreadableFile(kind.refusal());
        };
        if (text.isBlank()) {
            throw new UnreadableFile("empty file (no text in it)");
        }
        return text;
    }

    private static String plain(byte[] bytes) throws UnreadableFile {
        try {
            return TextBytes.decode(bytes);
        } catch (TextBytes.NotText e) {
            throw new UnreadableFile(e);
        }
    }

    private static String docx(byte[] bytes) throws UnreadableFile {
        if (!FileKind.isZip(bytes)) {
            throw new UnreadableFile("not a .docx file (a .docx is a ZIP package; this file is not one)");
        }
        ImportLimits.checkDocxTextPart(bytes);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_DOCX_ENTRY_BYTES);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                text.append(p.getText()).append('\n');
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile(docxProblem(e));
        }
    }

    private static String docxProblem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max entry size")) {
                return "refused as a possible zip bomb (it expands far more than a document should)";
            }
        }
        return "not a readable .docx file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    /** The file cannot be imported; the message says why, without the file name. */
    static final class UnreadableFile extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Message explanation;
        private final transient TextBytes.NotText notText;

        UnreadableFile(String message) {
            this(Message.of("import.problem", message, "message", message));
        }

        UnreadableFile(Message explanation) {
            super(explanation.text());
            this.explanation = explanation;
            this.notText = null;
        }

        UnreadableFile(TextBytes.NotText notText) {
            super(notText.getMessage(), notText);
            this.explanation = null;
            this.notText = notText;
        }

        /** The problem as an import problem of {@code file}, with its code (and line, for text that is not text). */
        ImportProblem problemOf(String file) {
            return notText != null ? notText.problemOf(file)
                    : new ImportProblem(file, 0, getMessage(), explanation.code(), explanation.params());
        }
    }
}
