package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.search.SearchRequest;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Deleting a document from the documents page: only after a confirmation that names it; then gone everywhere. */
class DeleteDocumentPageIT extends PageTest {
    @BeforeAll
    static void startPage() throws IOException {
        start();
    }

    @Test
    void deleteDocument_asksFirst_thenRemovesItFromTheTableAndTheSearch() {
        open("#/documents");
        int before = all("#documents-table tbody tr").size();
        one("#documents-edit").click();
        one("button[data-delete='script']").click();
        wait.until(ExpectedConditions.alertIsPresent());
        assertTrue(driver.switchTo().alert().getText().contains("\"script\""));
        driver.switchTo().alert().dismiss();
        assertEquals(before, all("#documents-table tbody tr").size(), "dismissed: nothing deleted");
        assertTrue(project.corpus().documentNamed("script").isPresent());

        one("button[data-delete='script']").click();
        wait.until(ExpectedConditions.alertIsPresent());
        driver.switchTo().alert().accept();
        wait.until(d -> all("#documents-table tbody tr").size() == before - 1);
        assertTrue(one("#attributes-status").getText().contains("\"script\" er slettet"),
                one("#attributes-status").getText());
        assertTrue(project.corpus().documentNamed("script").isEmpty());
        assertTrue(project.index().search(SearchRequest.of("og")).hits().stream()
                .noneMatch(h -> h.documentName().equals("script")));
    }
}
