package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dk.kodetrae.Fixtures;
import dk.kodetrae.api.ApiServer;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attack of issue 20, in Chromium: a page served by a second local server on another port tries to plant a
 * transcript in the personal server's project, with a no-cors multipart fetch and with plain form posts. Each
 * reaches the server and is refused; the project is unchanged.
 */
class CrossSitePageIT extends PageTest {
    static HttpServer attacker;
    static String target;

    @BeforeAll
    static void startServers() throws IOException {
        projectDir = Files.createTempDirectory("kodetrae-cross-site");
        project = Fixtures.importedProject(projectDir);
        server = ApiServer.start(project, "127.0.0.1", 0);
        target = server.uri() + "api/v1/import?async=false";
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            String page = page(exchange.getRequestURI().getPath().substring(1));
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        startBrowser();
    }

    @AfterAll
    static void stopAttacker() {
        attacker.stop(0);
    }

    /** The attacker's pages: a fetch, or a form of the given encoding that submits itself. */
    private static String page(String kind) {
        String planted = "I: Plantet af en fremmed side. R: Ja. 🙂";
        if (kind.equals("fetch")) {
            return "<!doctype html><title>waiting</title><script>"
                    + "const form = new FormData();"
                    + "form.append('files', new Blob(['" + planted + "'], {type: 'text/plain'}), 'plantet.txt');"
                    + "fetch('" + target + "', {method: 'POST', mode: 'no-cors', body: form})"
                    + ".then(() => { document.title = 'sent'; }, () => { document.title = 'failed'; });"
                    + "</script>";
        }
        return "<!doctype html><title>form</title><form id=f method=post enctype='" + kind + "' action='" + target
                + "'><input name=files value='" + planted + "'></form><script>"
                + "document.getElementById('f').submit();</script>";
    }

    private static String attackerPage(String kind) {
        return "http://127.0.0.1:" + attacker.getAddress().getPort() + "/" + kind;
    }

    @Test
    void aNoCorsMultipartFetchFromAnotherOrigin_plantsNothing() {
        int before = project.corpus().documents().size();
        driver.get(attackerPage("fetch"));
        wait.until(d -> d.getTitle().equals("sent") || d.getTitle().equals("failed"));
        assertEquals("sent", driver.getTitle(), "the request went out (its answer is opaque to the page)");
        assertEquals(before, project.corpus().documents().size());
        assertTrue(project.corpus().documentNamed("plantet").isEmpty());
    }

    @Test
    void formPostsFromAnotherOrigin_areRefused_andPlantNothing() {
        int before = project.corpus().documents().size();
        for (String kind : new String[]{"multipart/form-data", "application/x-www-form-urlencoded", "text/plain"}) {
            driver.get(attackerPage(kind));
            wait.until(d -> d.getCurrentUrl().startsWith(server.uri().toString()));
            wait.until(d -> d.getPageSource().contains("request.crossSite"));
        }
        assertEquals(before, project.corpus().documents().size());
    }
}
