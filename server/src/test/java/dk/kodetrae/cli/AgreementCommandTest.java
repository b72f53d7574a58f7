package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import dk.kodetrae.round.NewRound;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kodetrae agreement} on the fixture project: Ane and Bo code "sanktioner" in "samarbejde" alike once and
 * differently once (Bo alone codes a second passage); Ane also codes "samarbejde" once.
 */
class AgreementCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void code() {
        try (Project p = CodedFixture.open(dir)) {
            long doc = CodedFixture.document(p, "samarbejde").id();
            long sanktioner = CodedFixture.code(p, "sanktioner").id();
            Span chok = CodedFixture.find(p, "samarbejde", "Sanktionen kom som et chok for mig.");
            p.codings().add(doc, sanktioner, chok, "ane");
            p.codings().add(doc, sanktioner, chok, "bo");
            p.codings().add(doc, sanktioner, CodedFixture.find(p, "samarbejde", "ingen sanktioner mere 😊"), "bo");
            p.codings().add(doc, CodedFixture.code(p, "samarbejde").id(),
                    CodedFixture.find(p, "samarbejde", "det tværfaglige samarbejde"), "ane");
        }
    }

    private CliRun agreement(String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "agreement";
        args[1] = "--project";
        args[2] = dir.toString();
        args[3] = "--coders";
        args[4] = "ane,bo";
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRun.run(args);
    }

    @Test
    void table_printsARowPerCode_andThePooledRow_withTheNotes() {
        CliRun r = agreement("--documents", "samarbejde", "--codes", "sanktioner,samarbejde", "--min-uses", "3");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("code") && lines[0].contains("cohen_kappa"), lines[0]);
        assertTrue(lines[1].startsWith("Sanktioner") && lines[1].contains("ane 1, bo 2"), lines[1]);
        assertTrue(lines[2].contains("few codings (1 < 3)"), lines[2]);
        assertTrue(lines[3].startsWith("All codes (pooled)"), lines[3]);
        assertTrue(r.out().contains("Coders: ane, bo. Documents: 1"), r.out());
    }

    @Test
    void json_isTheApisReport() throws Exception {
        CliRun r = agreement("--codes", "sanktioner", "--unit", "turns", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals("turns", report.get("unit").asText());
        JsonNode f = report.get("codes").get(0).get("figures");
        assertTrue(f.get("units").asLong() > 10, "every turn of every document");
        assertEquals(1.0, f.get("percent").asDouble(), 1e-12, "Bo's second passage lies in the turn both coded");
        assertEquals(1.0, f.get("cohen").get("value").asDouble(), 1e-12);
        assertTrue(f.get("alphaU").get("value").asDouble() < 1, "the text itself shows the difference");
    }

    @Test
    void csv_andFiles_carryTheSameTable() throws Exception {
        CliRun csv = agreement("--codes", "sanktioner", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("code,codings,characters,agreement_pct,cohen_kappa"), csv.out());
        Path xlsx = dir.resolve("enighed.xlsx");
        assertEquals(0, agreement("--codes", "sanktioner", "--format", "xlsx", "-o", xlsx.toString()).code());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("Sanktioner", book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals(3.0, book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue().length(), 100,
                    "codings per coder as text");
            assertTrue(book.getSheetAt(0).getRow(1).getCell(4).getNumericCellValue() < 1, "κ as a number");
        }
        Path docx = dir.resolve("enighed.docx");
        assertEquals(0, agreement("--codes", "sanktioner", "--format", "docx", "-o", docx.toString()).code());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("Intercoder agreement", doc.getParagraphs().getFirst().getText());
            assertEquals("Sanktioner", doc.getTables().getFirst().getRow(1).getCell(0).getText());
            assertEquals("All codes (pooled)", doc.getTables().getFirst().getRow(2).getCell(0).getText());
        }
    }

    @Test
    void round_takesItsDocumentsCodesAndCoders_onceClosed() {
        long id;
        try (Project p = Project.open(dir)) {
            id = p.rounds().open(new NewRound("pilot", "lille", List.of(CodedFixture.code(p, "sanktioner").id()),
                    List.of(CodedFixture.document(p, "samarbejde").id()), List.of("ane", "bo"), false, null), "mette")
                    .id();
        }
        CliRun open = CliRun.run("agreement", "--project", dir.toString(), "--round", Long.toString(id));
        assertEquals(1, open.code());
        assertTrue(open.err().contains("round 'pilot' (id " + id + ") is open"), open.err());
        try (Project p = Project.open(dir)) {
            p.rounds().close(id, "mette");
        }
        CliRun closed = CliRun.run("agreement", "--project", dir.toString(), "--round", Long.toString(id));
        assertEquals(0, closed.code(), closed.err());
        assertTrue(closed.out().contains("Coders: ane, bo. Documents: 1"), closed.out());
        String[] lines = closed.out().split("\n");
        assertTrue(lines[1].startsWith("Sanktioner") && lines[2].startsWith("All codes (pooled)"),
                "the round's one code, then the pooled row: " + closed.out());
    }

    @Test
    void badInput_isOneClearMessage() {
        CliRun one = CliRun.run("agreement", "--project", dir.toString(), "--coders", "ane");
        assertEquals(1, one.code());
        assertTrue(one.err().contains("agreement needs 2 to 10 coders, got 1"), one.err());
        CliRun unknown = agreement("--documents", "ingen-sådan");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no document named 'ingen-sådan'; there are: "), unknown.err());
        CliRun code = agreement("--codes", "tillid2");
        assertTrue(code.err().contains("no code in codebook 'lille' named 'tillid2'"), code.err());
    }
}
