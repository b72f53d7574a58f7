package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Dokumenter › Redigér attributter: one value changed in the table, a manifest applied to many documents; the
 * server checks both as an import's manifest, and a refusal changes nothing. Each test changes its own documents
 * of the demo (A-B2 and C-B1; B-B1 and B-B2), so the order of the tests does not matter.
 */
class AttributesPageIT extends PageTest {
    @TempDir
    static Path files;

    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    private static String attribute(String document, String name) {
        var value = api("documents/" + document, Map.of()).get("attributes").get(name);
        return value == null ? null : value.asText();
    }

    private static WebElement field(String document, String attribute) {
        return one("input[data-document='" + document + "'][data-attribute='" + attribute + "']");
    }

    @Test
    void editingOneValue_savesIt_theFilterFindsIt_andAWrongValueIsRefusedAndRestored() {
        open("#/documents");
        one("#documents-edit").click();
        WebElement kommune = field("A-B2", "kommune");
        // Not clear(): it leaves the field, and an emptied field that is left removes the value.
        kommune.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Ærø", Keys.ENTER);

        wait.until(d -> one("#attributes-status").getText().contains("A-B2: kommune er nu Ærø"));
        assertEquals("Ærø", attribute("A-B2", "kommune"));
        // Only A-B2 is in Ærø: a word of its text is found with that filter, so the search index knows the value.
        String word = Arrays.stream(api("documents/A-B2", Map.of()).get("text").asText().split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 7).findFirst().orElseThrow();
        assertTrue(api("search", Map.of("q", word, "where", "kommune:Ærø")).get("total").asInt() > 0, word);

        WebElement varighed = field("C-B1", "varighed");
        String before = varighed.getAttribute("value");
        varighed.sendKeys(Keys.chord(Keys.CONTROL, "a"), "en time", Keys.ENTER);
        WebElement error = wait.until(d -> one("#attributes-error"));
        assertTrue(error.getText().contains("Ændringen blev afvist; intet er ændret."), error.getText());
        assertTrue(error.getText().contains("C-B1: attributten \"varighed\" skal være et tal, fik \"en time\"."),
                error.getText());
        assertEquals(before, field("C-B1", "varighed").getAttribute("value"), "the field shows the saved value again");
        assertEquals(before, attribute("C-B1", "varighed"));
        screenshot("attributes-edit");

        open("#/documents?kommune=Ærø");
        assertEquals(List.of("A-B2"), all("#documents-table tbody tr").stream()
                .map(r -> r.getAttribute("data-document")).toList());
    }

    @Test
    void applyingAManifest_changesManyDocuments_andARefusedManifestChangesNothing() throws IOException {
        Path refused = Files.writeString(files.resolve("forkert.csv"),
                "document,ressourceteam\nB-B1,nej\nB-B2,måske\n", StandardCharsets.UTF_8);
        Path good = Files.writeString(files.resolve("uddannelse.csv"),
                "document,uddannelse,ressourceteam\nB-B1,faglært,nej\nB-B2,ufaglært,\n", StandardCharsets.UTF_8);
        String teamBefore = attribute("B-B1", "ressourceteam");
        open("#/documents");
        one("#documents-edit").click();

        one("#attributes-manifest").sendKeys(refused.toString());
        one("#attributes-apply").click();
        WebElement error = wait.until(d -> one("#attributes-error"));
        assertTrue(error.getText().contains(
                "forkert.csv linje 3: attributten \"ressourceteam\" skal være ja eller nej, fik \"måske\"."),
                error.getText());
        assertEquals(teamBefore, attribute("B-B1", "ressourceteam"), "line 2 was not applied either");

        one("#attributes-manifest").sendKeys(good.toString());
        one("#attributes-apply").click();
        wait.until(d -> one("#attributes-status").getText()
                .contains("3 værdier i 2 dokumenter er ændret · nye attributter: uddannelse"));
        assertEquals("faglært", attribute("B-B1", "uddannelse"));
        assertEquals("nej", attribute("B-B1", "ressourceteam"));
        assertEquals("ufaglært", field("B-B2", "uddannelse").getAttribute("value"), "the table has the new column");
    }
}
