package dk.kodetrae.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import dk.kodetrae.codebook.Code;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.coding.Origin;
import dk.kodetrae.corpus.Attribute;
import dk.kodetrae.corpus.AttributeType;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.memo.Memo;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefiQdaImportTest {
    private static final ImportOptions OPTIONS = ImportOptions.defaults().withActor("test");
    private static final String CODES = """
            <CodeBook><Codes>
              <Code guid="c0000000-0000-4000-8000-000000000001" name="Samarbejde" isCodable="true" color="#3366CC">
                <Description>Samarbejde mellem fagpersoner</Description>
                <Code guid="c0000000-0000-4000-8000-000000000002" name="Tillid" isCodable="true" color="#c33"/>
              </Code>
            </Codes></CodeBook>""";
    private static final String USERS = """
            <Users><User guid="a0000000-0000-4000-8000-000000000001" name="Ane Holm"/></Users>""";

    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void open() {
        p = Project.open(dir, Fixtures.CLOCK);
    }

    @AfterEach
    void close() {
        p.close();
    }

    /** A text source whose selections each code {@code Tillid} (by Ane Holm), positions given as the tool wrote them. */
    private static String source(String guid, String name, long[]... positions) {
        StringBuilder s = new StringBuilder("<TextSource guid=\"" + guid + "\" name=\"" + name
                + "\" plainTextPath=\"internal://" + guid + ".txt\">");
        int n = 0;
        for (long[] pos : positions) {
            n++;
            s.append("<PlainTextSelection guid=\"5e000000-0000-4000-8000-00000000000").append(n)
                    .append("\" startPosition=\"").append(pos[0]).append("\" endPosition=\"").append(pos[1])
                    .append("\" creatingUser=\"a0000000-0000-4000-8000-000000000001\"><Coding guid=\"")
                    .append("c1000000-0000-4000-8000-00000000000").append(n)
                    .append("\"><CodeRef targetGUID=\"C0000000-0000-4000-8000-000000000002\"/></Coding>")
                    .append("</PlainTextSelection>");
        }
        return s.append("</TextSource>").toString();
    }

    private static long[] at(long start, long end) {
        return new long[] {start, end};
    }

    private QdpxReport importOne(String origin, String rawText, long[]... positions) {
        String guid = "d0000000-0000-4000-8000-000000000001";
        byte[] file = Qdpx.withProject("project.qde", Qdpx.project(origin, USERS + CODES + "<Sources>"
                + source(guid, "Interview 1.docx", positions) + "</Sources>"))
                .source("sources/" + guid + ".txt", rawText).zip();
        return RefiQda.importFile(p, "studie.qdpx", file, OPTIONS);
    }

    private List<String> codedTexts() {
        Document d = p.corpus().documents().getFirst();
        String text = p.corpus().text(d.id());
        return p.codings().forDocument(d.id()).stream()
                .map(k -> text.substring(k.span().start(), k.span().end())).toList();
    }

    /** Code points before {@code part} in {@code text}: how the standard counts a position. */
    private static long codePoints(String text, String part) {
        return text.codePointCount(0, text.indexOf(part));
    }

    @Test
    void standardPositions_countCodePoints_soEmojiBeforeASelectionDoNotShiftIt() {
        String raw = "I: Hvordan går det? 😊😊\nR: Åse siger at samarbejdet fungerer. 🙂\nR: Det giver tillid.\n";
        long start = codePoints(raw, "samarbejdet");
        long start2 = codePoints(raw, "tillid");
        QdpxReport report = importOne("QualCoder 3.5", raw, at(start, start + "samarbejdet".length()),
                at(start2, start2 + "tillid".length()));
        assertEquals(Convention.CODE_POINTS, report.convention());
        assertEquals(List.of("samarbejdet", "tillid"), codedTexts());
        assertEquals(2, report.onWordBoundary());
    }

    @Test
    void nvivoForWindows_countsUtf16UnitsWithCrLfAsTwo() {
        String raw = "I: Hvad med sanktioner?\r\nR: Sanktioner hjælper ikke.\r\nR: Ærligt talt er det 😊 svært.\r\n";
        long a = raw.indexOf("Sanktioner hjælper ikke");
        long b = raw.indexOf("svært");
        QdpxReport report = importOne("NVivo 14 (Windows)", raw, at(a, a + "Sanktioner hjælper ikke".length()),
                at(b, b + "svært".length()));
        assertEquals(Convention.UTF16_UNITS, report.convention());
        assertEquals(List.of("Sanktioner hjælper ikke", "svært"), codedTexts());
        assertEquals(2, report.placed());
    }

    @Test
    void atlasTi_countsALineEndingAsOne_evenWhenTheTextHasCrLf() {
        String raw = "I: Hvordan var mødet?\r\nR: Mødet var godt.\r\nR: Vi talte om tillid og åbenhed.\r\n";
        String counted = raw.replace("\r\n", "\n");
        long a = codePoints(counted, "Mødet var godt");
        long b = codePoints(counted, "tillid");
        long c = codePoints(counted, "åbenhed");
        QdpxReport report = importOne("ATLAS.ti 23", raw, at(a, a + 14), at(b, b + 6), at(c, c + 7));
        assertEquals(Convention.CODE_POINTS_LINE_ENDING_AS_ONE, report.convention());
        assertEquals(List.of("Mødet var godt", "tillid", "åbenhed"), codedTexts());
        assertEquals(3, report.onWordBoundary());
    }

    @Test
    void importsCodeTreeWithColoursDescriptionsAndTheCoderOfEachCoding() {
        String raw = "R: Jeg har tillid til min rådgiver.\n";
        long a = codePoints(raw, "tillid");
        QdpxReport report = importOne("MAXQDA 2022", raw, at(a, a + 6));
        List<Code> codes = p.codebooks().codes(report.codebook());
        assertEquals(List.of("Samarbejde", "Tillid"), codes.stream().map(Code::name).toList());
        assertEquals("#3366cc", codes.get(0).color());
        assertEquals("#cc3333", codes.get(1).color(), "#rgb widened to #rrggbb");
        assertEquals("Samarbejde mellem fagpersoner", codes.get(0).description());
        assertEquals(codes.get(0).id(), codes.get(1).parentId());
        Coding k = p.codings().forDocument(p.corpus().documents().getFirst().id()).getFirst();
        assertEquals("Ane Holm", k.coder());
        assertEquals(new Origin.Imported("MAXQDA 2022"), k.origin(), "imported from the tool that wrote the file");
        assertEquals(codes.get(1).id(), k.codeId());
        assertEquals(List.of("Ane Holm"), report.coders());
        assertEquals("Interview 1", p.corpus().documents().getFirst().name(), "the .docx extension is dropped");
        assertEquals("d0000000-0000-4000-8000-000000000001", p.corpus().guids().values().iterator().next());
        assertEquals("c0000000-0000-4000-8000-000000000002", p.codebooks().codeGuids().get(codes.get(1).id()),
                "the file's guid, lowercased");
    }

    @Test
    void aSelectionThatDoesNotFit_isReportedAndNotImported_theOthersAre() {
        String raw = "R: Kort tekst om tillid.\n";
        long a = codePoints(raw, "tillid");
        QdpxReport report = importOne("QualCoder 3.5", raw, at(a, a + 6), at(10, 400));
        assertEquals(List.of("tillid"), codedTexts());
        assertEquals(1, report.notPlaced().size());
        assertTrue(report.notPlaced().getFirst().contains("[10, 400) run past the end"), report.notPlaced().toString());
    }

    @Test
    void capitalisedProjectQdeAndSourcesFolder_andAPrefixedNamespace_areRead() {
        String guid = "D0000000-0000-4000-8000-0000000000AA";
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <qda:Project xmlns:qda="urn:QDA-XML:project:1.0" name="Sky" origin="ATLAS.ti 8.4">
                  <qda:Sources>
                    <qda:TextSource guid="%s" name="Mabel.txt" plainTextPath="internal://%s.txt"/>
                  </qda:Sources>
                </qda:Project>""".formatted(guid, guid);
        byte[] file = Qdpx.withProject("Project.qde", qde).source("Sources/" + guid + ".txt",
                "R: Jeg spiser havregrød til morgenmad.\n").zip();
        QdpxReport report = RefiQda.importFile(p, "sky.qdpx", file, OPTIONS);
        assertEquals(List.of("Mabel"), report.documents());
        assertTrue(p.corpus().text(p.corpus().documents().getFirst().id()).contains("havregrød"));
    }

    @Test
    void aPdfSource_isReadThroughItsPlainTextRepresentation_andMediaArePassedOverWithAWarning() {
        String raw = "Rapporten anbefaler tættere samarbejde med jobcentret.\n";
        long a = codePoints(raw, "samarbejde");
        String body = USERS + CODES + """
                <Sources>
                  <PDFSource guid="d0000000-0000-4000-8000-0000000000b1" name="Rapport.pdf" path="internal://r.pdf">
                    <Representation guid="d0000000-0000-4000-8000-0000000000b2" plainTextPath="internal://r.txt">
                      <PlainTextSelection guid="5e000000-0000-4000-8000-0000000000b1" startPosition="%d" endPosition="%d">
                        <Coding guid="c1000000-0000-4000-8000-0000000000b1"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000001"/></Coding>
                      </PlainTextSelection>
                    </Representation>
                  </PDFSource>
                  <AudioSource guid="d0000000-0000-4000-8000-0000000000b3" name="Interview.mp3" path="internal://i.mp3"/>
                </Sources>""".formatted(a, a + "samarbejde".length());
        byte[] file = Qdpx.withProject("project.qde", Qdpx.project("ATLAS.ti 9", body)).source("sources/r.txt", raw)
                .zip();
        QdpxReport report = RefiQda.importFile(p, "rapport.qdpx", file, OPTIONS);
        assertEquals(List.of("Rapport"), report.documents());
        assertEquals(List.of("samarbejde"), codedTexts());
        assertEquals(List.of("source Interview.mp3 (audio) passed over: Kodetræ imports text only"), report.warnings());
    }

    @Test
    void variablesInAnUnnamedCase_becomeTypedAttributesOfItsSources() {
        String guid = "d0000000-0000-4000-8000-000000000002";
        String body = """
                <Variables>
                  <Variable guid="e0000000-0000-4000-8000-000000000001" name="kommune" typeOfVariable="Text"/>
                  <Variable guid="e0000000-0000-4000-8000-000000000002" name="alder" typeOfVariable="Integer"/>
                  <Variable guid="e0000000-0000-4000-8000-000000000003" name="ressourceteam" typeOfVariable="Boolean"/>
                  <Variable guid="e0000000-0000-4000-8000-000000000004" name="interviewdato" typeOfVariable="Date"/>
                </Variables>
                <Cases><Case guid="f0000000-0000-4000-8000-000000000001">
                  <VariableValue><VariableRef targetGUID="e0000000-0000-4000-8000-000000000001"/><TextValue>Aarhus</TextValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="e0000000-0000-4000-8000-000000000002"/><IntegerValue>42</IntegerValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="e0000000-0000-4000-8000-000000000003"/><BooleanValue>true</BooleanValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="e0000000-0000-4000-8000-000000000004"/><DateValue>2015-03-01</DateValue></VariableValue>
                  <SourceRef targetGUID="%s"/>
                </Case></Cases>
                <Sources><TextSource guid="%s" name="Borger 3" plainTextPath="internal://%s.txt"/></Sources>"""
                .formatted(guid, guid, guid);
        byte[] file = Qdpx.withProject("studie.qde", Qdpx.project("NVivo 14", body))
                .source("sources/" + guid + ".txt", "R: Jeg bor i Aarhus.\n").zip();
        QdpxReport report = RefiQda.importFile(p, "studie.qdpx", file, OPTIONS);
        assertEquals(4, report.attributeValues());
        assertEquals(Map.of("kommune", "Aarhus", "alder", "42", "ressourceteam", "ja", "interviewdato", "2015-03-01"),
                p.corpus().documents().getFirst().attributes());
        assertEquals(List.of(new Attribute("alder", AttributeType.NUMBER),
                new Attribute("interviewdato", AttributeType.DATE), new Attribute("kommune", AttributeType.TEXT),
                new Attribute("ressourceteam", AttributeType.BOOLEAN)), p.corpus().attributes());
    }

    @Test
    void notesOnCodesAndSources_andBareDescriptions_becomeMemos() {
        String guid = "d0000000-0000-4000-8000-000000000003";
        String body = USERS + """
                <CodeBook><Codes>
                  <Code guid="c0000000-0000-4000-8000-000000000009" name="Motivation" isCodable="true">
                    <NoteRef targetGUID="b0000000-0000-4000-8000-000000000001"/>
                  </Code>
                </Codes></CodeBook>
                <Sources><TextSource guid="%s" name="Borger 4" plainTextPath="internal://%s.txt">
                  <Description>Interviewet blev afbrudt efter 20 minutter.</Description>
                  <NoteRef targetGUID="b0000000-0000-4000-8000-000000000002"/>
                </TextSource></Sources>
                <Notes>
                  <Note guid="b0000000-0000-4000-8000-000000000001" name="Om koden" creatingUser="a0000000-0000-4000-8000-000000000001">
                    <PlainTextContent>Bruges om borgerens egen drivkraft.</PlainTextContent>
                  </Note>
                  <Note guid="b0000000-0000-4000-8000-000000000002" name="Stemning">
                    <PlainTextContent>Stemningen var god 😊</PlainTextContent>
                  </Note>
                  <Note guid="b0000000-0000-4000-8000-000000000003" name="Løs note">
                    <PlainTextContent>Hører ingen steder til.</PlainTextContent>
                  </Note>
                </Notes>""".formatted(guid, guid);
        byte[] file = Qdpx.withProject("project.qde", Qdpx.project("NVivo 14", body))
                .source("sources/" + guid + ".txt", "R: Jeg vil gerne arbejde igen.\n").zip();
        QdpxReport report = RefiQda.importFile(p, "memo.qdpx", file, OPTIONS);
        long code = p.codebooks().codes(report.codebook()).getFirst().id();
        long document = p.corpus().documents().getFirst().id();
        assertEquals(List.of("Om koden\nBruges om borgerens egen drivkraft."),
                p.memos().on("code", code).stream().map(Memo::text).toList());
        assertEquals("Ane Holm", p.memos().on("code", code).getFirst().author());
        assertEquals(List.of("Stemning\nStemningen var god 😊", "Interviewet blev afbrudt efter 20 minutter."),
                p.memos().on("document", document).stream().map(Memo::text).toList());
        assertEquals(3, report.memos());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("'Løs note'")), report.warnings().toString());
    }

    @Test
    void aBadVariableValue_refusesTheWholeFile_andChangesNothing() {
        String guid = "d0000000-0000-4000-8000-000000000004";
        String body = CODES + """
                <Variables><Variable guid="e0000000-0000-4000-8000-000000000002" name="alder" typeOfVariable="Integer"/></Variables>
                <Sources><TextSource guid="%s" name="Borger 5" plainTextPath="internal://%s.txt">
                  <VariableValue><VariableRef targetGUID="e0000000-0000-4000-8000-000000000002"/><IntegerValue>fyrre</IntegerValue></VariableValue>
                </TextSource></Sources>""".formatted(guid, guid);
        byte[] file = Qdpx.withProject("project.qde", Qdpx.project("NVivo 14", body))
                .source("sources/" + guid + ".txt", "R: Jeg er fyrre år.\n").zip();
        RefiQdaException e = assertThrows(RefiQdaException.class, () -> RefiQda.importFile(p, "alder.qdpx", file,
                OPTIONS));
        assertEquals(List.of("source 'Borger 5': variable 'alder' must be a number, got 'fyrre'"), e.problems());
        assertNothingImported();
    }

    @Test
    void aCodebookFile_qdc_becomesACodebook() {
        String qdc = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="QualCoder">
                  <Codes><Code guid="c0000000-0000-4000-8000-0000000000c1" name="Økonomi" isCodable="true" color="#00AA00"/></Codes>
                </CodeBook>""";
        QdpxReport report = RefiQda.importFile(p, "koder.qdc", qdc.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                OPTIONS);
        assertEquals(List.of("Økonomi"), p.codebooks().codes(report.codebook()).stream().map(Code::name).toList());
        assertTrue(p.corpus().documents().isEmpty());
    }

    void assertNothingImported() {
        assertTrue(p.corpus().documents().isEmpty(), "no documents");
        assertTrue(p.codebooks().codebooks().isEmpty(), "no codebook");
        assertTrue(p.corpus().attributes().isEmpty(), "no attributes");
    }
}
