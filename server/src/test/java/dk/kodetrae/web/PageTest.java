package dk.kodetrae.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.Fixtures;
import dk.kodetrae.api.ApiServer;
import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real Chromium against the real server. Each test class starts one project (the demo corpus plus
 * the XSS fixture {@code script}, plus any fixtures it names), one server and one browser, and shares them among
 * its tests; tests therefore open their own route first and do not rely on each other.
 */
abstract class PageTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1: the default h2c upgrade on a POST confuses Grizzly. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static Path projectDir;
    static Path profileDir;
    static Project project;
    static ApiServer server;
    static WebDriver driver;
    static WebDriverWait wait;

    /** Starts project, server and browser; {@code fixtures} are imported after the demo and {@code script.txt}. */
    static void start(String... fixtures) throws IOException {
        requireExecutable(CHROMIUM, "Chromium");
        requireExecutable(CHROMEDRIVER, "chromedriver");
        projectDir = Files.createTempDirectory("kodetrae-web-project");
        project = Project.open(projectDir);
        DemoProject.ensure(project);
        List<Path> inputs = Stream.concat(Stream.of("transcripts/script.txt"), Arrays.stream(fixtures))
                .map(Fixtures::path).toList();
        project.importPaths(inputs, Optional.empty(), ImportOptions.defaults(), Importer.Progress.NONE);
        server = ApiServer.start(project, "127.0.0.1", 0);
        startBrowser();
    }

    /** Starts the browser, for {@link #server}; a test class with a server of its own calls this alone. */
    static void startBrowser() throws IOException {
        requireExecutable(CHROMIUM, "Chromium");
        requireExecutable(CHROMEDRIVER, "chromedriver");
        profileDir = Files.createTempDirectory("kodetrae-web-chromium");
        driver = new ChromeDriver(service(), options());
        wait = new WebDriverWait(driver, PATIENCE);
        // Views draw parts of the page again after an action; an element found just before that goes stale.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static void requireExecutable(Path path, String what) {
        if (!Files.isExecutable(path)) {
            fail(what + " is needed for the browser tests but " + path + " is missing: apt-get install chromium"
                    + " chromium-driver");
        }
    }

    private static ChromeDriverService service() {
        return new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profileDir);
        // An alert must stay open, so that a test can see it: the default would dismiss it silently.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (project != null) {
                project.close();
            }
            deleteTree(projectDir);
            deleteTree(profileDir);
            driver = null;
            server = null;
            project = null;
        }
    }

    /** Chromium may still be writing its profile as it exits; a leftover temp file must not fail a test. */
    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Script errors and CSP violations show in the console; none is acceptable. */
    @AfterEach
    void consoleHasNoScriptErrorsOrPolicyViolations() {
        List<String> bad = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Uncaught") || m.contains("Content Security Policy") || m.contains("Refused"))
                .toList();
        assertEquals(List.of(), bad, "browser console");
    }

    // ---------- navigation ----------

    /**
     * Loads the page afresh at a route such as {@code "#/documents"} and waits until it has rendered it. Going
     * through about:blank makes it a new page even when only the fragment differs, so no state leaks between tests.
     */
    static void open(String route) {
        driver.get("about:blank");
        driver.get(server.uri() + route);
        awaitView();
    }

    /** Waits until the view has finished rendering the current location (app.js sets data-loaded). */
    static void awaitView() {
        wait.until(d -> Boolean.TRUE.equals(js("const v = document.getElementById('view');"
                + " return !!v && v.dataset.loaded === location.hash;")));
    }

    /** Clicks, waits for the location to contain {@code expected}, then for the view to render it. */
    static void clickAndAwait(WebElement element, String expected) {
        element.click();
        wait.until(ExpectedConditions.urlContains(expected));
        awaitView();
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    static WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    static String fragment() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf('#'));
    }

    static void assertNoAlertOpen() {
        try {
            driver.switchTo().alert();
            fail("an alert is open: markup from a transcript was executed");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    static boolean inViewport(WebElement element) {
        return Boolean.TRUE.equals(js("const r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element));
    }

    /** Saves what the browser shows to {@code target/screenshots/<name>.png}, for people to look at. */
    static void screenshot(String name) {
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        try {
            Files.createDirectories(dir);
            Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + name, e);
        }
    }

    // ---------- languages ----------

    /** Switches the page language with the DA/EN buttons in the top bar and waits for the view to be drawn again. */
    static void switchLanguage(String language) {
        one(".language-switch button[data-language='" + language + "']").click();
        wait.until(d -> language.equals(js("return document.documentElement.lang;")));
        awaitView();
    }

    /**
     * The strings of the other language that the visible page shows, with some context; empty when the page speaks
     * only {@code language}. How suspects are chosen and where they are looked for: test resource web/foreign-text.js.
     */
    @SuppressWarnings("unchecked")
    static List<String> foreignText(String language) {
        try (var in = PageTest.class.getResourceAsStream("/web/foreign-text.js")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(script, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertOnlyLanguage(String language, String where) {
        assertEquals(List.of(), foreignText(language), where + " in " + language);
    }

    // ---------- the API, to compute what the page should show ----------

    static JsonNode api(String path, Map<String, String> query) {
        StringBuilder uri = new StringBuilder(server.uri() + "api/v1/" + path);
        String separator = "?";
        for (Map.Entry<String, String> q : query.entrySet()) {
            uri.append(separator).append(q.getKey()).append('=')
                    .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri.toString())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), uri + " answered " + response.body());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code body} (a JSON string, or null) with {@code method}; expects a 2xx answer and returns its JSON. */
    static JsonNode send(String method, String path, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + "api/v1/" + path))
                .header("Content-Type", "application/json").header("X-Kodetrae", "1").method(method, publisher).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertTrue(response.statusCode() / 100 == 2, method + " " + path + " answered " + response.statusCode()
                    + " " + response.body());
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code with this key in the project's codebooks. */
    static JsonNode code(String key) {
        for (JsonNode book : api("codebooks", Map.of())) {
            for (JsonNode code : book.get("codes")) {
                if (code.get("key").asText().equals(key)) {
                    return code;
                }
            }
        }
        throw new AssertionError("no code " + key);
    }

    static long documentId(String name) {
        return api("documents/" + name, Map.of()).get("id").asLong();
    }

    /** The codings of a document, as the API lists them. */
    static JsonNode codings(String document) {
        return api("documents/" + document + "/codings", Map.of());
    }

    /** The text the reader shows under the codings with this id (its pieces, in document order). */
    static String codedText(long codingId) {
        return (String) js("return Array.from(document.querySelectorAll('#transcript mark.coded'))"
                + ".filter((m) => m.dataset.codings.split(' ').includes(String(arguments[0])))"
                + ".map((m) => m.textContent).join('');", codingId);
    }

    static String documentText(String name) {
        return api("documents/" + name, Map.of()).get("text").asText();
    }

    /** The text of every {@code mark.passage}, in document order: what the reader highlights. */
    static String passageText() {
        List<WebElement> marks = all("#transcript mark.passage");
        assertTrue(!marks.isEmpty(), "no mark.passage in the transcript");
        return String.join("", marks.stream().map(m -> (String) js("return arguments[0].textContent;", m)).toList());
    }
}
