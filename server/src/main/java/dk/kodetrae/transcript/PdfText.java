package dk.kodetrae.transcript;

import dk.kodetrae.message.Message;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, read by Apache PDFBox. The lines of a paragraph are joined with a space, because a
 * sentence unit never crosses a line break and a PDF breaks lines wherever the page is full; paragraphs, as PDFBox
 * finds them from the spacing, end with a line break, and so do pages.
 */
final class PdfText {
    private PdfText() {
    }

    static String read(byte[] bytes) throws SourceFile.UnreadableFile {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator(" ");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            String text = stripper.getText(pdf);
            if (text.isBlank()) {
                throw new SourceFile.UnreadableFile(Message.of("import.pdf.noText", "a PDF without text (a scan?); "
                        + "run text recognition (OCR) on it, or import the transcript as " + FileKind.READ_ENDINGS));
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new SourceFile.UnreadableFile(Message.of("import.pdf.password",
                    "a password-protected PDF; save a copy without a password, then import that"));
        } catch (IOException | RuntimeException e) {
            throw new SourceFile.UnreadableFile(Message.of("import.pdf.unreadable",
                    "not a readable PDF (" + e.getMessage() + ")", "reason", String.valueOf(e.getMessage())));
        }
    }
}
