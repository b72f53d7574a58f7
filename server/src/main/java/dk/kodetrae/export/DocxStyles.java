package dk.kodetrae.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles of an exported document. A new POI document has none, and Word only treats a paragraph as a heading
 * (navigation pane, table of contents) when its style is defined with the built-in name "heading N" and an
 * outline level. Defining them also lets a report writer restyle all quotes or attributions at once.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String QUOTE = "Quote";
    static final String GROUP = "Gruppe";
    /** The line under the title that says what the export holds. */
    static final String NOTE = "Oversigt";
    /** A character style for the attribution after a quote: upright where the quote is italic. */
    static final String ATTRIBUTION = "Kildeangivelse";
    /** A character style for the mark after a quote a rule coded and nobody reviewed. */
    static final String UNREVIEWED = "IkkeGennemset";
    static final int HEADING_LEVELS = 6;

    private static final String HEADING = """
              <w:style w:type="paragraph" w:styleId="Heading%1$d">
                <w:name w:val="heading %1$d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
                <w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr>
                  <w:keepNext/><w:keepLines/><w:spacing w:before="%2$d" w:after="120"/><w:outlineLvl w:val="%3$d"/>
                </w:pPr>
                <w:rPr><w:b/><w:bCs/><w:sz w:val="%4$d"/><w:szCs w:val="%4$d"/></w:rPr>
              </w:style>
            """;

    private static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>
                  <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="da-DK"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
                <w:name w:val="Normal"/><w:qFormat/>
              </w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
                <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Title">
                <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
                <w:uiPriority w:val="10"/><w:qFormat/>
                <w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr>
              </w:style>
            %s  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Oversigt">
                <w:name w:val="Oversigt"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:rPr><w:color w:val="595959"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="Gruppe">
                <w:name w:val="Gruppe"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:spacing w:before="240"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="595959"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Quote">
                <w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
                <w:uiPriority w:val="29"/><w:qFormat/>
                <w:pPr><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr>
              </w:style>
              <w:style w:type="character" w:customStyle="1" w:styleId="IkkeGennemset">
                <w:name w:val="IkkeGennemset"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/>
                <w:rPr><w:i w:val="0"/><w:iCs w:val="0"/><w:color w:val="A33333"/></w:rPr>
              </w:style>
              <w:style w:type="character" w:customStyle="1" w:styleId="Kildeangivelse">
                <w:name w:val="Kildeangivelse"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/>
                <w:rPr><w:i w:val="0"/><w:iCs w:val="0"/></w:rPr>
              </w:style>
            </w:styles>
            """;

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(xml()).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in DOCX styles do not parse", e);
        }
    }

    static String heading(int depth) {
        return "Heading" + Math.min(depth + 1, HEADING_LEVELS);
    }

    private static String xml() {
        StringBuilder headings = new StringBuilder();
        for (int level = 1; level <= HEADING_LEVELS; level++) {
            int halfPoints = Math.max(22, 34 - 4 * level);
            headings.append(HEADING.formatted(level, level == 1 ? 360 : 240, level - 1, halfPoints));
        }
        return STYLES.formatted(headings);
    }
}
