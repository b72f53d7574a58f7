package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/** Importér: uploads as a background job with progress, then the report or the refusal; reindexing. */
class ImportPageIT extends PageTest {
    @TempDir
    static Path uploads;

    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(uploads.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static boolean imported(String name) {
        for (var d : api("documents", Map.of())) {
            if (d.get("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void uploadingAUtf8TranscriptWithManifest_showsTheReport() throws IOException {
        Path transcript = write("aftensamtale.txt", """
                Optaget i Århus, 2. juni 2015.

                I: Hvordan gik mødet på jobcentret?

                R: Det gik fint. Søren fra kommunen var der også, og vi aftalte en praktik i Brugsen.
                """);
        Path manifest = write("manifest.csv", "document,kommune,ressourceteam\naftensamtale,A,ja\n");
        int before = api("documents", Map.of()).size();
        open("#/import");
        one("#import-files").sendKeys(transcript.toString());
        one("#import-manifest").sendKeys(manifest.toString());
        one("#import-submit").click();

        wait.until(d -> !all("#import-report, #import-error").isEmpty());
        assertEquals(List.of(), all("#import-error").stream().map(WebElement::getText).toList());
        WebElement report = one("#import-report");
        assertEquals("1", report.findElement(stat("documents")).getText());
        // The preamble line is kept as a turn without a speaker, and reported as a warning.
        assertEquals("3", report.findElement(stat("turns")).getText());
        assertEquals("2", report.findElement(stat("attributes")).getText());
        assertEquals("aftensamtale.txt 1 tekst før det første talermærke.", one("#import-warnings tbody tr").getText());
        assertTrue(one("#import-progress").isDisplayed());
        assertTrue(imported("aftensamtale"));
        wait.until(d -> one("#project-info").getText().contains((before + 1) + " dokumenter"));
        screenshot("import");

        clickAndAwait(report.findElement(org.openqa.selenium.By.linkText("aftensamtale")), "#/documents/aftensamtale");
        assertTrue(one("#transcript").getText().contains("Søren fra kommunen"));
        assertEquals("ja", one(".attribute[data-attribute='ressourceteam'] dd").getText());
    }

    @Test
    void aTranscriptNamedWithDanishLetters_andAManifestNamingIt_importUnderTheRightName() throws IOException {
        Path transcript = write("Østerbro-æøå.txt", "I: Hvor bor du nu?\n\nR: På Østerbro, tæt ved Fælledparken.\n");
        Path manifest = write("bydele.csv", "document,bydel\nØsterbro-æøå,Østerbro\n");
        open("#/import");
        one("#import-files").sendKeys(transcript.toString());
        one("#import-manifest").sendKeys(manifest.toString());
        one("#import-submit").click();

        wait.until(d -> !all("#import-report, #import-error").isEmpty());
        assertEquals(List.of(), all("#import-error").stream().map(WebElement::getText).toList());
        WebElement report = one("#import-report");
        assertEquals("1", report.findElement(stat("attributes")).getText());
        assertTrue(imported("Østerbro-æøå"), "stored under the name the file has, not Ã\u0098sterbro-Ã¦Ã¸Ã¥");
        clickAndAwait(report.findElement(org.openqa.selenium.By.linkText("Østerbro-æøå")),
                "#/documents/" + encoded("Østerbro-æøå"));
        assertTrue(one("#transcript").getText().contains("tæt ved Fælledparken"));
        assertEquals("Østerbro", one(".attribute[data-attribute='bydel'] dd").getText());
    }

    private static String encoded(String name) {
        return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static org.openqa.selenium.By stat(String name) {
        return org.openqa.selenium.By.cssSelector("[data-stat='" + name + "'] .stat-value");
    }

    @Test
    void uploadingALatin1File_showsTheErrorNamingTheFile_andImportsNothing() throws IOException {
        Path good = write("godkendt.txt", "I: Hej.\n\nR: Hej med dig.\n");
        open("#/import");
        one("#import-files").sendKeys(good + "\n" + Fixtures.path("bad/latin1.txt"));
        one("#import-submit").click();

        wait.until(d -> !all("#import-report, #import-error").isEmpty());
        WebElement error = one("#import-error");
        assertTrue(error.getText().contains("latin1.txt"), error.getText());
        assertTrue(error.getText().contains("intet er ændret"), error.getText());
        assertFalse(imported("godkendt"), "a refused import changes nothing");
        assertTrue(all("#import-report").isEmpty());
    }

    @Test
    void uploadingAPdfAndAnMp3_refusesTheMp3SayingItIsAudio_andImportsNothing() throws IOException {
        Path pdf = Files.write(uploads.resolve("hjemmebesoeg.pdf"), Fixtures.pdf(List.of(
                List.of("I: Hvordan var besøget?"), List.of("R: Rart. Mentoren kom hjem til mig."))));
        open("#/import");
        one("#import-files").sendKeys(pdf + "\n" + Fixtures.path("kinds/interview.mp3"));
        one("#import-submit").click();

        wait.until(d -> !all("#import-report, #import-error").isEmpty());
        String error = one("#import-error").getText();
        assertTrue(error.contains("interview.mp3: en lydfil (MP3); transskribér den, og importér transskriptionen som "
                + ".txt, .md, .docx eller .pdf."), error);
        assertFalse(error.contains("Windows-1252"), error);
        assertFalse(imported("hjemmebesoeg"), "a refused import changes nothing");

        open("#/import");
        one("#import-files").sendKeys(pdf.toString());
        one("#import-submit").click();
        wait.until(d -> !all("#import-report, #import-error").isEmpty());
        assertEquals(List.of(), all("#import-error").stream().map(WebElement::getText).toList());
        assertEquals("2", one("#import-report").findElement(stat("turns")).getText());
        assertTrue(imported("hjemmebesoeg"));
    }

    @Test
    void reindexButton_rebuildsTheIndexWithProgress() {
        open("#/import");
        one("#reindex").click();
        WebElement result = wait.until(d -> one("#reindex-result"));
        assertTrue(result.getText().startsWith("Indekset er genopbygget:"), result.getText());
        assertTrue(one("#reindex-progress").isDisplayed());
        assertTrue(one("#reindex").isEnabled());
    }
}
