package dk.kodetrae;

import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The test fixtures under {@code src/test/resources/fixtures} (see its README) and projects built from them. */
public final class Fixtures {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    /**
     * A one-page PDF whose text layer holds {@code paragraphs}, each a list of lines as the page breaks them, a blank
     * line's height between paragraphs: what a word processor's "save as PDF" makes of a transcript. Helvetica's
     * encoding has æ, ø and å, not emoji.
     */
    public static byte[] pdf(List<List<String>> paragraphs) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(72, 720);
                for (List<String> paragraph : paragraphs) {
                    for (String line : paragraph) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.newLine();
                }
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A project in {@code dir} with the four fixture transcripts and the fixture manifest imported. */
    public static Project importedProject(Path dir) {
        Project project = Project.open(dir, CLOCK);
        project.importPaths(List.of(path("transcripts")), Optional.of(path("manifest.csv")),
                ImportOptions.defaults().withActor("test"), Importer.Progress.NONE);
        return project;
    }
}
