package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/** Importér, REFI-QDA panel: a .qdpx from another program is imported with its report; the export link is there. */
class RefiQdaPageIT extends PageTest {
    private static final String GUID = "d0000000-0000-4000-8000-0000000000f1";
    /** Grethe's interview as NVivo for Windows would export it: \r\n line endings, counted as two. */
    private static final String TEXT = "I: Hvordan gik det i praktikken?\r\nR: Det gik godt 😊 Jeg fik tillid til"
            + " mentoren.\r\n";

    @TempDir
    static Path files;

    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    private static Path qdpx() throws IOException {
        int start = TEXT.indexOf("tillid til mentoren");
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Praktik" origin="NVivo 14 (Windows)">
                  <Users><User guid="a0000000-0000-4000-8000-0000000000f1" name="Grethe Sørensen"/></Users>
                  <CodeBook><Codes>
                    <Code guid="c0000000-0000-4000-8000-0000000000f1" name="Tillid til mentor" isCodable="true" color="#228833"/>
                  </Codes></CodeBook>
                  <Sources><TextSource guid="%s" name="Grethe.docx" plainTextPath="internal://%s.txt">
                    <PlainTextSelection guid="5e000000-0000-4000-8000-0000000000f1" startPosition="%d" endPosition="%d"
                        creatingUser="a0000000-0000-4000-8000-0000000000f1">
                      <Coding guid="c1000000-0000-4000-8000-0000000000f1"><CodeRef targetGUID="c0000000-0000-4000-8000-0000000000f1"/></Coding>
                    </PlainTextSelection>
                  </TextSource></Sources>
                </Project>""".formatted(GUID, GUID, start, start + "tillid til mentoren".length());
        Path file = files.resolve("praktik.qdpx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("sources/" + GUID + ".txt"));
            zip.write(TEXT.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String stat(String name) {
        return "#qdpx-report [data-stat='" + name + "'] .stat-value";
    }

    @Test
    void importingAQdpx_showsTheReportWithThePositionConvention_andTheCodingLandsOnTheWords() throws IOException {
        open("#/import");
        one("#qdpx-file").sendKeys(qdpx().toString());
        one("#qdpx-submit").click();
        wait.until(d -> !all("#qdpx-report, #qdpx-error").isEmpty());
        assertEquals(List.of(), all("#qdpx-error").stream().map(WebElement::getText).toList());
        assertEquals("1", one(stat("documents")).getText());
        assertEquals("1", one(stat("codings")).getText());
        assertEquals("0", one(stat("not-placed")).getText());
        assertTrue(one("#qdpx-positions").getText().contains("NVivo til Windows"), one("#qdpx-positions").getText());
        assertTrue(one("#qdpx-positions").getText().contains("1 af 1 markeringer placeret, 1 på ordgrænser"),
                one("#qdpx-positions").getText());
        screenshot("import-qdpx");

        var codings = api("documents/Grethe/codings", Map.of());
        String text = api("documents/Grethe", Map.of()).get("text").asText();
        var span = codings.get(0).get("span");
        assertEquals("tillid til mentoren", text.substring(span.get("start").asInt(), span.get("end").asInt()));
        assertTrue(one("#qdpx-export").getAttribute("href").contains("/api/v1/refi-qda/project.qdpx"));
    }
}
