package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.Fixtures;
import dk.kodetrae.account.Role;
import dk.kodetrae.account.SessionPolicy;
import dk.kodetrae.account.TeamStore;
import dk.kodetrae.api.Access;
import dk.kodetrae.api.ApiServer;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.TeamWorkspace;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A team server in real Chromium: a member of two projects picks one in the top bar and the page shows that
 * project; controls the role cannot use are not shown; the admin view manages projects and members; a project
 * title and a code name made of markup are shown as text everywhere. The session cookie is set as the login page
 * would have set it.
 */
class TeamPageIT extends PageTest {
    private static final String PASSWORD = "blå-hest-spiser-æbler";
    private static final String XSS = "<img src=x onerror=alert(1)>";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static Path root;
    static TeamStore team;
    static TeamWorkspace workspace;

    @BeforeAll
    static void startTeam() throws Exception {
        root = Files.createTempDirectory("kodetrae-web-team");
        team = TeamStore.open(root, Clock.systemUTC(), new SessionPolicy(Duration.ofHours(1), Duration.ofHours(8)));
        team.accounts().add("ane", Role.ADMIN, PASSWORD.toCharArray());
        team.accounts().add("eva", Role.EVALUATOR, PASSWORD.toCharArray());
        try (Project alfa = CodedFixture.open(team.projects().resolve("alfa"))) {
            alfa.codebooks().add("lille", null, XSS, "#aa3300", "test");
        }
        Fixtures.importedProject(team.projects().resolve("beta")).close();
        workspace = new TeamWorkspace(team.store(), team.projects());
        workspace.projects().add("alfa", "Alfa-studiet");
        workspace.projects().add("beta", XSS);
        workspace.members().set("alfa", "eva", dk.kodetrae.team.Role.EVALUATOR);
        workspace.members().set("beta", "eva", dk.kodetrae.team.Role.REPORT_WRITER);
        server = ApiServer.start(workspace, "127.0.0.1", 0, Access.team(team, List.of(), false));
        startBrowser();
    }

    @AfterAll
    static void stopTeam() {
        server.close();
        server = null;
        workspace.close();
        team.close();
    }

    /** Signs in as {@code user}: logs in over HTTP and gives the browser the session cookie. */
    private static void signIn(String user) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("api/v1/session"))
                .header("X-Kodetrae", "1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(
                        Map.of("name", user, "password", PASSWORD)), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        driver.get(server.uri().toString());
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("kodetrae-session",
                cookie.substring("kodetrae-session=".length(), cookie.indexOf(';'))));
    }

    private static void assertNoMarkupRan() {
        assertNoAlertOpen();
        assertEquals(0L, js("return document.querySelectorAll('img[src=\"x\"]').length;"), "markup became an element");
    }

    @Test
    void aMemberOfTwoProjects_picksOne_andSeesOnlyWhatTheirRoleThereAllows() throws Exception {
        signIn("eva");
        js("localStorage.removeItem('kodetrae.project');");
        open("#/documents");
        Select picker = new Select(wait.until(d -> one("#project-picker")));
        assertEquals(List.of("Alfa-studiet", XSS), picker.getOptions().stream().map(WebElement::getText).toList(),
                "titles as text");
        assertNoMarkupRan();
        assertFalse(one(".coder-field").isDisplayed(), "the acting user is the signed-in one");
        assertFalse(one("[data-view=import]").isDisplayed(), "an evaluator imports nothing");
        assertFalse(one("[data-view=compare]").isDisplayed(), "nor compares, in alfa");
        assertFalse(one("[data-view=team]").isDisplayed(), "nor administers");
        assertEquals("alfa", one("#project-info .project-name").getText());

        picker.selectByValue("beta");
        wait.until(d -> one("[data-view=compare]").isDisplayed());
        awaitView();
        assertTrue(one("[data-view=compare]").isDisplayed(), "a report writer compares, in beta");
        wait.until(d -> one("#project-info .project-name").getText().equals("beta"));
        assertEquals("beta", js("return localStorage.getItem('kodetrae.project');"), "remembered");
        assertNoMarkupRan();
    }

    @Test
    void aCodeNamedWithMarkup_isShownAsText() throws Exception {
        signIn("eva");
        js("localStorage.setItem('kodetrae.project', 'alfa');");
        open("#/codes");
        wait.until(d -> all("#code-tree .code-name").size() > 1);
        assertTrue(all("#code-tree .code-name").stream().anyMatch(e -> e.getText().equals(XSS)));
        assertNoMarkupRan();
    }

    @Test
    void anAdmin_addsAProject_andMakesAMember_inTheAdminView() throws Exception {
        signIn("ane");
        open("#/team");
        assertTrue(one("[data-view=team]").isDisplayed());
        wait.until(d -> one("#team-projects").getText().contains(XSS));
        assertNoMarkupRan();
        one("#team-new-name").sendKeys("gamma");
        one("#team-new-title").sendKeys("Gamma æøå 🌳");
        one("#team-add button").click();
        wait.until(d -> one("#team-projects").getText().contains("Gamma æøå 🌳"));
        one("[data-project=gamma] button").click();
        wait.until(d -> one("#team-members-panel h2").getText().contains("gamma"));
        one("#team-member-user").sendKeys("eva");
        new Select(one("#team-member-role")).selectByValue("coder");
        one("#team-member-add button").click();
        wait.until(d -> all("#team-members [data-user=eva]").size() == 1);
        assertEquals("coder", workspace.members().role("eva", "gamma").orElseThrow().id());
        wait.until(d -> one("#team-audit").getText().contains("member.set"));
    }
}
