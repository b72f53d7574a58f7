package dk.kodetrae.export;

import static dk.kodetrae.export.ExportFixtures.exportFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** DOCX is checked by reading it back with POI: the outline, the styles Word needs, the runs of a quote. */
class DocxExportTest {
    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> styledParagraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(p -> p.getStyle() + ": " + p.getText()).toList();
    }

    @Test
    void docx_paragraphsFollowTheCodebookWithHeadingsGroupsQuotesAndAttributions() throws IOException {
        try (XWPFDocument doc = read(exportFixture(ExportFormat.DOCX))) {
            assertEquals(List.of(
                    "Title: Samarbejde om borgerens forløb – uddrag",
                    "Oversigt: Manuelle kodninger og accepterede automatiske kodninger. 7 citater fra 9 kodninger; 2"
                            + " kodninger, der overlappede en anden kodning af samme kode i samme dokument, er slået"
                            + " sammen med den.",
                    "Heading1: Samarbejde",
                    "Gruppe: ressourceteam = ja",
                    "Quote: „- Ja, altså, samarbejdet er blevet meget bedre.“ (Koordinerende sagsbehandler, kommune"
                            + " med ressourceteam)",
                    "Heading2: Møder i ressourceteamet",
                    "Gruppe: ressourceteam = ja",
                    "Quote: „Det var første gang, nogen lyttede 😊 Og så fik jeg en plan.“ (Borger, kommune med"
                            + " ressourceteam)",
                    "Quote: „Vi mødes hver tirsdag i ressourceteamet. Der sidder også en fra jobcentret med. Hun"
                            + " kender borgerne.“ (Koordinerende sagsbehandler, kommune med ressourceteam)",
                    "Gruppe: ressourceteam = nej",
                    "Quote: „Jeg har aldrig været til et møde med dem alle på én gang.“ (Borger, kommune uden"
                            + " ressourceteam)",
                    "Quote: „Det ville hjælpe.“ (Borger, kommune uden ressourceteam)",
                    "Heading2: Koordinering",
                    "Heading3: Overgange mellem forvaltninger",
                    "Gruppe: ressourceteam = ja",
                    "Quote: „Det sværeste er overgangene mellem forvaltningerne. Når en borger går fra den ene ydelse"
                            + " til den næste, starter vi forfra med papirerne. (…)“ (Afdelingsleder, kommune med"
                            + " ressourceteam)",
                    "Heading1: Borgerens oplevelse",
                    "Heading2: Tillid & åbenhed",
                    "Quote: „=1+1 stod der i sms'en: <script>alert(1)</script> *vigtigt* _nu_ [link](http://eksempel.dk)"
                            + " # 2 & \"citat\", ok.“ (Borger)"),
                    styledParagraphs(doc));
        }
    }

    @Test
    void docx_headingStylesAreWordsBuiltInHeadingsWithOutlineLevels() throws IOException {
        try (XWPFDocument doc = read(exportFixture(ExportFormat.DOCX))) {
            for (int level = 1; level <= DocxStyles.HEADING_LEVELS; level++) {
                XWPFStyle style = doc.getStyles().getStyle("Heading" + level);
                assertEquals("heading " + level, style.getName());
                assertEquals(BigInteger.valueOf(level - 1), style.getCTStyle().getPPr().getOutlineLvl().getVal());
            }
            assertEquals("Title", doc.getStyles().getStyle("Title").getName());
            assertEquals(ExportFixtures.OPTIONS.title(), doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void docx_quoteIsItalicStyleAndAttributionAnUprightRunInTheSameParagraph() throws IOException {
        try (XWPFDocument doc = read(exportFixture(ExportFormat.DOCX))) {
            XWPFParagraph quote = doc.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle()))
                    .reduce((first, second) -> second).orElseThrow();
            List<XWPFRun> runs = quote.getRuns();

            assertEquals(2, runs.size());
            assertEquals("", runs.get(0).getStyle());
            assertEquals(" (Borger)", runs.get(1).text());
            assertEquals(DocxStyles.ATTRIBUTION, runs.get(1).getStyle());
            assertItalic(true, doc.getStyles().getStyle(DocxStyles.QUOTE));
            assertItalic(false, doc.getStyles().getStyle(DocxStyles.ATTRIBUTION));
        }
    }

    private static void assertItalic(boolean italic, XWPFStyle style) {
        CTRPr rPr = style.getCTStyle().getRPr();
        assertEquals(1, rPr.sizeOfIArray(), style.getName());
        assertEquals(italic, POIXMLUnits.parseOnOff(rPr.getIArray(0)), style.getName());
    }

    @Test
    void docx_headingsBelowLevelSixStayAtHeadingSix() {
        assertEquals("Heading1", DocxStyles.heading(0));
        assertEquals("Heading3", DocxStyles.heading(2));
        assertEquals("Heading6", DocxStyles.heading(9));
    }
}
