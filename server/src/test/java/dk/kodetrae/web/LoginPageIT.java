package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.account.Role;
import dk.kodetrae.account.SessionPolicy;
import dk.kodetrae.account.TeamStore;
import dk.kodetrae.api.Access;
import dk.kodetrae.api.ApiServer;
import dk.kodetrae.team.TeamWorkspace;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Logging in to a team server in Chromium: the form, a refusal, the user's name and role in the top bar (a name
 * made of markup shown as text), logout, a session that ends while the page is open, and ?next= that points off
 * the site (an open redirect refused).
 */
class LoginPageIT extends PageTest {
    private static final String PASSWORD = "blå-hest-spiser-æbler";
    private static final String MARKUP = "<img src=x onerror=alert(1)>";
    /** Long enough for a test to log in and look, short enough to wait out. */
    private static final Duration IDLE = Duration.ofSeconds(6);

    static Path root;
    static TeamStore team;
    static TeamWorkspace workspace;

    @BeforeAll
    static void startTeamServer() throws IOException {
        root = Files.createTempDirectory("kodetrae-login-page");
        team = TeamStore.open(root, Clock.systemUTC(), new SessionPolicy(IDLE, Duration.ofHours(1)));
        team.accounts().add("mette", Role.RESEARCHER, PASSWORD.toCharArray());
        team.accounts().add(MARKUP, Role.EVALUATOR, PASSWORD.toCharArray());
        workspace = new TeamWorkspace(team.store(), team.projects());
        server = ApiServer.start(workspace, "127.0.0.1", 0, Access.team(team, List.of(), false));
        startBrowser();
    }

    @AfterAll
    static void stopTeamServer() {
        workspace.close();
        team.close();
    }

    /** Loads {@code address} afresh without a session and waits for the login form. */
    private static void openSignedOut(String address) {
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        driver.get(address);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    }

    private static void logIn(String name, String password) {
        one("#login-name").sendKeys(name);
        one("#login-password").sendKeys(password);
        one("#login-submit").click();
    }

    private static void awaitSignedIn() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-name")));
    }

    @Test
    void withoutASession_thePageShowsOnlyTheLoginForm_andAWrongPasswordIsSaidSo() {
        openSignedOut(server.uri() + "#/documents");
        assertFalse(one(".tabs").isDisplayed(), "no views before login");
        assertEquals("password", one("#login-password").getAttribute("type"));
        logIn("mette", "forkert-kodeord-her");
        wait.until(d -> !one("#login-status").getText().isEmpty());
        assertEquals("Forkert navn eller adgangskode.", one("#login-status").getText());
        assertEquals("", one("#login-password").getAttribute("value"), "a refused password is not kept");
        assertTrue(all("#account-name").isEmpty());
    }

    @Test
    void login_showsTheNameAndRoleInTheTopBar_andLogoutEndsTheSession() {
        openSignedOut(server.uri() + "#/search");
        logIn("mette", PASSWORD);
        awaitSignedIn();
        assertEquals("mette", one("#account-name").getText());
        assertEquals("forsker", one("#account-role").getText());
        assertTrue(driver.getCurrentUrl().endsWith("#/search"), "back where the login interrupted");
        assertTrue(driver.manage().getCookieNamed("kodetrae-session").isHttpOnly());
        assertEquals(null, js("return document.cookie.includes('kodetrae-session') ? 'seen' : null;"),
                "no script reads the session");
        one("#logout").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertEquals(null, driver.manage().getCookieNamed("kodetrae-session"));
    }

    @Test
    void aUserNameMadeOfMarkup_isShownAsText() {
        openSignedOut(server.uri().toString());
        logIn(MARKUP, PASSWORD);
        awaitSignedIn();
        assertEquals(MARKUP, one("#account-name").getText());
        assertTrue(all("#account img").isEmpty());
        assertNoAlertOpen();
    }

    @Test
    void nextPointingToAnotherSite_staysOnThisOne() {
        for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example/",
            "javascript:alert(1)")) {
            openSignedOut(server.uri() + "?next=" + java.net.URLEncoder.encode(next,
                    java.nio.charset.StandardCharsets.UTF_8));
            logIn("mette", PASSWORD);
            awaitSignedIn();
            URI at = URI.create(driver.getCurrentUrl());
            assertEquals(server.uri().getAuthority(), at.getAuthority(), next);
            assertNoAlertOpen();
        }
        openSignedOut(server.uri() + "?next=" + java.net.URLEncoder.encode("/#/compare",
                java.nio.charset.StandardCharsets.UTF_8));
        logIn("mette", PASSWORD);
        awaitSignedIn();
        assertTrue(driver.getCurrentUrl().endsWith("/#/compare"), "a next on this site is followed");
    }

    @Test
    void aSessionThatEndsWhileThePageIsOpen_bringsBackTheLoginForm() throws InterruptedException {
        openSignedOut(server.uri() + "#/documents");
        logIn("mette", PASSWORD);
        awaitSignedIn();
        Thread.sleep(IDLE.toMillis() + 500);
        js("location.hash = '#/search';");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertTrue(driver.getCurrentUrl().endsWith("#/search"), "the login comes back to where the user was");
    }
}
