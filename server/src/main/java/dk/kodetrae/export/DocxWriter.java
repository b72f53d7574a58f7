package dk.kodetrae.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A Word document: the title in style Title, the note in style Oversigt, a theme in Heading 1 and each level
 * below one heading level deeper (at most Heading 6), the group label in style Gruppe, and each quote as its own paragraph in style Quote
 * (indented, italic) in Danish quotation marks, its attribution after it in the same paragraph in the upright
 * character style Kildeangivelse, so a quote and its source are copied together; a quote that a rule coded and nobody
 * reviewed ends with "(automatisk kodet, ikke gennemset)" in the character style IkkeGennemset.
 */
final class DocxWriter implements Outline.Sink {
    private final XWPFDocument doc;

    private DocxWriter(XWPFDocument doc) {
        this.doc = doc;
    }

    static void write(List<Quote> quotes, String title, String note, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc);
            doc.getProperties().getCoreProperties().setTitle(QuoteText.normalise(title));
            Outline.walk(title, note, quotes, new DocxWriter(doc));
            doc.write(out);
        }
    }

    @Override
    public void title(String title) {
        paragraph(DocxStyles.TITLE).createRun().setText(title);
    }

    @Override
    public void note(String note) {
        paragraph(DocxStyles.NOTE).createRun().setText(note);
    }

    @Override
    public void heading(int depth, String name) {
        paragraph(DocxStyles.heading(depth)).createRun().setText(name);
    }

    @Override
    public void group(String label) {
        paragraph(DocxStyles.GROUP).createRun().setText(label);
    }

    @Override
    public void quote(Quote quote) {
        XWPFParagraph p = paragraph(DocxStyles.QUOTE);
        p.createRun().setText("„" + quote.text() + "“");
        if (!quote.attribution().isEmpty()) {
            XWPFRun attribution = p.createRun();
            attribution.setStyle(DocxStyles.ATTRIBUTION);
            attribution.setText(" " + quote.attribution());
        }
        if (quote.unreviewed()) {
            XWPFRun mark = p.createRun();
            mark.setStyle(DocxStyles.UNREVIEWED);
            mark.setText(" (" + ExportSummary.UNREVIEWED_MARK + ")");
        }
    }

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }
}
