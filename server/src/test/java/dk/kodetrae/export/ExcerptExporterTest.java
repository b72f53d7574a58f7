package dk.kodetrae.export;

import static dk.kodetrae.export.ExportFixtures.BORGER_A;
import static dk.kodetrae.export.ExportFixtures.CODE_ORDER;
import static dk.kodetrae.export.ExportFixtures.MOEDER;
import static dk.kodetrae.export.ExportFixtures.OPTIONS;
import static dk.kodetrae.export.ExportFixtures.SAMARBEJDE;
import static dk.kodetrae.export.ExportFixtures.excerpt;
import static dk.kodetrae.export.ExportFixtures.excerpts;
import static dk.kodetrae.export.ExportFixtures.export;
import static dk.kodetrae.export.ExportFixtures.exportFixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.corpus.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class ExcerptExporterTest {
    private static String markdown(List<Excerpt> excerpts, List<CodeRef> codeOrder) {
        return new String(export(ExportFormat.MARKDOWN, excerpts, codeOrder, OPTIONS), StandardCharsets.UTF_8);
    }

    private static Excerpt inDocument(String document, int start) {
        return excerpt(List.of(SAMARBEJDE, MOEDER), document, BORGER_A, "", start, "Vi mødes.", "Vi mødes.");
    }

    @Test
    void write_ordersByCodeOrderThenGroupThenDocumentThenStart() {
        List<String> order = Quotes.prepare(excerpts(), CODE_ORDER, OPTIONS).stream()
                .map(q -> q.excerpt().code().id() + " | " + q.excerpt().group() + " | "
                        + q.excerpt().documentName() + " | " + q.excerpt().span().start())
                .toList();

        assertEquals(List.of(
                "samarbejde | ressourceteam = ja | sagsbehandler-01 | 120",
                "samarbejde.moeder | ressourceteam = ja | borger-02 | 77",
                "samarbejde.moeder | ressourceteam = ja | sagsbehandler-01 | 340",
                "samarbejde.moeder | ressourceteam = nej | borger-03 | 1204",
                "samarbejde.moeder | ressourceteam = nej | borger-03 | 1261",
                "samarbejde.koordinering.overgange | ressourceteam = ja | leder-04 | 905",
                "oplevelse.tillid |  | borger-05 | 2210"), order);
    }

    @Test
    void write_ordersDocumentNamesAsDanishTextWhateverTheDefaultLocale() {
        List<Excerpt> xs = List.of(inDocument("Åbyhøj", 0), inDocument("Østerbro", 0), inDocument("Aabenraa", 0),
                inDocument("Ærø", 9), inDocument("Ærø", 0), inDocument("Zealand", 0), inDocument("Brønshøj", 0));

        List<String> order = Quotes.prepare(xs, List.of(MOEDER), OPTIONS).stream()
                .map(q -> q.excerpt().documentName() + " " + q.excerpt().span().start()).toList();

        assertEquals(List.of("Brønshøj 0", "Zealand 0", "Ærø 0", "Ærø 9", "Østerbro 0", "Aabenraa 0", "Åbyhøj 0"),
                order);
    }

    @Test
    void write_givesTheSameBytesUnderDanishAndTurkishDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            for (ExportFormat format : List.of(ExportFormat.MARKDOWN, ExportFormat.HTML, ExportFormat.CSV)) {
                Locale.setDefault(Locale.ROOT);
                byte[] root = exportFixture(format);
                for (String tag : List.of("da-DK", "tr-TR")) {
                    Locale.setDefault(Locale.forLanguageTag(tag));
                    assertArrayEquals(root, exportFixture(format), format + " under " + tag);
                }
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void write_announcesAThemeAgainWhenCodeOrderPutsItAfterItsSubCode() {
        List<Excerpt> xs = List.of(inDocument("borger-02", 0),
                excerpt(List.of(SAMARBEJDE), "borger-02", BORGER_A, "", 50, "Godt.", "Godt."));

        List<String> headings = markdown(xs, List.of(MOEDER, SAMARBEJDE)).lines()
                .filter(line -> line.startsWith("## ") || line.startsWith("### ")).toList();

        assertEquals(List.of("## Samarbejde", "### Møder i ressourceteamet", "## Samarbejde"), headings);
    }

    @Test
    void write_labelsAGroupWhereItChangesAndNotWhenThereIsNone() {
        String md = markdown(excerpts(), CODE_ORDER);

        assertEquals(3, md.lines().filter(line -> line.equals("**ressourceteam = ja**")).count());
        assertEquals(1, md.lines().filter(line -> line.equals("**ressourceteam = nej**")).count());
        assertEquals(4, md.lines().filter(line -> line.startsWith("**")).count());
    }

    @Test
    void write_rejectsAnExcerptWhoseCodeIsNotInCodeOrderAndWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExcerptExporter.write(
                ExportFormat.DOCX, excerpts(), List.of(SAMARBEJDE, MOEDER), OPTIONS, out));

        assertEquals("excerpt in 'borger-05' at [2210, 2320) is coded 'oplevelse.tillid', which codeOrder does not"
                + " list", e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void write_rejectsCodeOrderThatListsACodeTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> export(ExportFormat.CSV, List.of(), List.of(MOEDER, SAMARBEJDE, MOEDER), OPTIONS));

        assertEquals("codeOrder lists code 'samarbejde.moeder' twice", e.getMessage());
    }

    @Test
    void write_rejectsNullArgumentsByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> export(ExportFormat.CSV, excerpts(), null, OPTIONS));

        assertEquals("codeOrder must not be null", e.getMessage());
    }

    @Test
    void write_flushesButLeavesTheOutputStreamOpenInEveryFormat() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            boolean[] closed = {false};
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            ExcerptExporter.write(format, excerpts(), CODE_ORDER, OPTIONS, out);

            assertFalse(closed[0], format + " closed the stream");
            assertTrue(out.size() > 0, format.toString());
        }
    }

    @Test
    void write_writesAValidEmptyExportInEveryFormat() throws IOException {
        assertEquals("# Tom\n\nManuelle kodninger og accepterede automatiske kodninger. 0 citater fra 0 kodninger.\n\n",
                new String(export(ExportFormat.MARKDOWN, List.of(), List.of(), ExportOptions.titled("Tom")),
                        StandardCharsets.UTF_8));
        assertEquals("\uFEFFquote,code_path,code_id,document,start,end,group,speaker,coder,origin,rule,review,reviewer,"
                        + "reviewed_at,text,attribution\r\n",
                new String(export(ExportFormat.CSV, List.of(), List.of(), OPTIONS), StandardCharsets.UTF_8));
        byte[] docx = export(ExportFormat.DOCX, List.of(), List.of(), ExportOptions.titled(""));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(List.of("Manuelle kodninger og accepterede automatiske kodninger. 0 citater fra 0 kodninger."),
                    doc.getParagraphs().stream().map(p -> p.getText()).toList());
        }
        byte[] xlsx = export(ExportFormat.XLSX, List.of(), List.of(), OPTIONS);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(0, wb.getSheet(XlsxWriter.SHEET).getLastRowNum());
        }
    }

    /** XML 1.0 cannot hold most control characters or a lone surrogate; POI writes '?' for them. */
    @Test
    void write_keepsDocxAndXlsxReadableWhenTranscriptHoldsCharactersXmlCannot() throws IOException {
        String text = "Før\u0001efter \uD83D slut.";
        List<Excerpt> xs = List.of(excerpt(List.of(MOEDER), "borger-02", Map.of(), "", 0, text));

        byte[] docx = export(ExportFormat.DOCX, xs, List.of(MOEDER), OPTIONS);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals("„Før?efter ? slut.“", doc.getParagraphs().getLast().getText());
        }
        byte[] xlsx = export(ExportFormat.XLSX, xs, List.of(MOEDER), OPTIONS);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Før?efter ? slut.", wb.getSheet(XlsxWriter.SHEET).getRow(1).getCell(14).getStringCellValue());
        }
    }

    @Test
    void excerpt_rejectsTextWhoseLengthIsNotTheSpans() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Excerpt(List.of(MOEDER),
                "borger-02", Map.of(), "", new Span(10, 20), "Kort.", List.of(), "R", "mette"));

        assertEquals("excerpt in 'borger-02' at [10, 20): text has 5 UTF-16 units but the span covers 10",
                e.getMessage());
    }

    @Test
    void excerpt_rejectsSentencesOutsideTheTextOrOverlapping() {
        assertThrows(IllegalArgumentException.class, () -> new Excerpt(List.of(MOEDER), "borger-02", Map.of(), "",
                new Span(0, 5), "Kort.", List.of(new Span(0, 6)), "R", "mette"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Excerpt(List.of(MOEDER),
                "borger-02", Map.of(), "", new Span(0, 5), "Kort.", List.of(new Span(0, 3), new Span(2, 5)), "R",
                "mette"));

        assertEquals("excerpt in 'borger-02' at [0, 5): sentence [2, 5) must lie inside the text (length 5) after"
                + " the previous sentence", e.getMessage());
    }

    @Test
    void excerpt_rejectsAnEmptyCodePathAndNullFields() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> new Excerpt(List.of(),
                "borger-02", Map.of(), "", new Span(0, 5), "Kort.", List.of(), "R", "mette"));
        IllegalArgumentException nullGroup = assertThrows(IllegalArgumentException.class, () -> new Excerpt(
                List.of(MOEDER), "borger-02", Map.of(), null, new Span(0, 5), "Kort.", List.of(), "R", "mette"));
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("rolle", null);
        IllegalArgumentException nullAttribute = assertThrows(IllegalArgumentException.class, () -> new Excerpt(
                List.of(MOEDER), "borger-02", nullValue, "", new Span(0, 5), "Kort.", List.of(), "R", "mette"));

        assertEquals("excerpt in 'borger-02' at [0, 5): codePath must name at least the code itself",
                empty.getMessage());
        assertEquals("excerpt in 'borger-02': group must not be null", nullGroup.getMessage());
        assertEquals("excerpt in 'borger-02' at [0, 5): attribute rolle has no name or no value",
                nullAttribute.getMessage());
    }

    @Test
    void excerpt_copiesItsListsAndMap() {
        List<CodeRef> path = new ArrayList<>(List.of(MOEDER));
        Excerpt x = new Excerpt(path, "borger-02", new HashMap<>(BORGER_A), "", new Span(0, 5), "Kort.",
                new ArrayList<>(), "R", "mette");
        path.add(SAMARBEJDE);

        assertEquals(List.of(MOEDER), x.codePath());
        assertThrows(UnsupportedOperationException.class, () -> x.attributes().put("rolle", "mentor"));
    }

    @Test
    void exportOptions_rejectsANegativeMaximum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExportOptions("T", ExportFixtures.STUDY_STYLE, -1));

        assertEquals("maxChars must be 0 (no trimming) or positive, got -1", e.getMessage());
    }

    @Test
    void exportFormat_namesFileExtensionAndMediaType() {
        assertEquals("docx", ExportFormat.DOCX.extension());
        assertEquals("md", ExportFormat.MARKDOWN.extension());
        assertEquals("text/csv; charset=UTF-8", ExportFormat.CSV.mediaType());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ExportFormat.XLSX.mediaType());
    }

    /** Issue 18 §2: asked for every coding, the document formats mark a quote a rule coded and nobody reviewed. */
    @Test
    void write_marksQuotesThatAnUnreviewedRuleCoded_andSaysSoUnderTheTitle() throws IOException {
        Excerpt manual = inDocument("borger-02", 0);
        Excerpt unreviewed = ExportFixtures.withProvenance(inDocument("borger-03", 0), ExportFixtures.UNREVIEWED_AUTO);
        ExportOptions all = new ExportOptions("Alt", AttributionTemplate.parse(""), 0, CodingFilter.ALL);
        List<Excerpt> xs = List.of(manual, unreviewed);

        String md = new String(export(ExportFormat.MARKDOWN, xs, List.of(MOEDER), all), StandardCharsets.UTF_8);
        assertEquals(List.of("> „Vi mødes.“", "> „Vi mødes.“ *(automatisk kodet, ikke gennemset)*"),
                md.lines().filter(l -> l.startsWith(">")).toList());
        assertTrue(md.contains("Alle kodninger, også automatiske, som ingen har gennemset; de er mærket „automatisk"
                + " kodet, ikke gennemset“."), md);
        String html = new String(export(ExportFormat.HTML, xs, List.of(MOEDER), all), StandardCharsets.UTF_8);
        assertEquals(1, html.split("<p class=\"unreviewed\">\\(automatisk kodet, ikke gennemset\\)</p>", -1).length - 1,
                html);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export(ExportFormat.DOCX, xs, List.of(MOEDER),
                all)))) {
            List<String> quotes = doc.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle()))
                    .map(p -> p.getText()).toList();
            assertEquals(List.of("„Vi mødes.“", "„Vi mødes.“ (automatisk kodet, ikke gennemset)"), quotes);
            assertEquals(DocxStyles.UNREVIEWED, doc.getParagraphs().getLast().getRuns().getLast().getStyle());
        }
    }
}
