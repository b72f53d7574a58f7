package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.Fixtures;
import dk.kodetrae.account.Role;
import dk.kodetrae.account.SessionPolicy;
import dk.kodetrae.account.TeamStore;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logging in to a team server over real HTTP: the cookie's flags, 401 without a session, logout, fixation, a
 * session expiring (a short idle time configured here), back-off after failed logins, and a password change.
 */
class SessionApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PASSWORD = "blå-hest-spiser-æbler";
    /** Short enough to wait out in a test; generous against a slow, shared machine. */
    private static final Duration IDLE = Duration.ofSeconds(3);

    @TempDir
    static Path dir;
    static Project project;
    static TeamStore team;
    static ApiServer server;
    static URI api;

    @BeforeAll
    static void start() {
        team = TeamStore.open(dir.resolve("team"), Clock.systemUTC(), new SessionPolicy(IDLE, Duration.ofHours(1)));
        for (String name : List.of("mette", "ane", "karl", "birgit")) {
            team.accounts().add(name, name.equals("ane") ? Role.ADMIN : Role.RESEARCHER, PASSWORD.toCharArray());
        }
        project = Fixtures.importedProject(dir.resolve("project"));
        server = ApiServer.start(java.util.concurrent.CompletableFuture.completedFuture(project), "127.0.0.1", 0,
                Access.team(team, List.of(), false));
        api = server.uri().resolve("api/v1/");
    }

    @AfterAll
    static void stop() {
        server.close();
        project.close();
        team.close();
    }

    record Answer(int status, JsonNode json, HttpResponse<String> raw) {
        Optional<String> cookie() {
            return raw.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kodetrae-session="))
                    .findFirst();
        }

        String token() {
            String c = cookie().orElseThrow();
            return c.substring("kodetrae-session=".length(), c.indexOf(';'));
        }
    }

    static Answer send(String method, String path, String json, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).header("X-Kodetrae", "1")
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Cookie", "kodetrae-session=" + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()), r);
    }

    static Answer login(String name, String password) throws IOException, InterruptedException {
        return send("POST", "session", JSON.writeValueAsString(java.util.Map.of("name", name, "password", password)),
                null);
    }

    @Test
    void login_setsAStrictHttpOnlyCookie_andTheSessionSaysWhoIsAsking() throws Exception {
        Answer in = login("mette", PASSWORD);
        assertEquals(200, in.status(), in.raw().body());
        String cookie = in.cookie().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP here: " + cookie);
        assertEquals(43, in.token().length());
        assertFalse(in.raw().body().contains(in.token()), "the token is in the cookie only");
        Answer me = send("GET", "session", null, in.token());
        assertEquals("mette", me.json().path("name").asText());
        assertEquals("researcher", me.json().path("role").asText());
        assertEquals("team", me.json().path("mode").asText());
        assertEquals(200, send("GET", "documents", null, in.token()).status());
    }

    @Test
    void withoutASession_theApiAnswers401_andNothingIsDone() throws Exception {
        int before = project.corpus().documents().size();
        for (String[] call : new String[][]{{"GET", "documents"}, {"GET", "session"}, {"POST", "reindex"},
            {"GET", "project"}}) {
            Answer a = send(call[0], call[1], null, null);
            assertEquals(401, a.status(), call[1]);
            assertEquals("session.required", a.json().path("code").asText());
        }
        assertEquals(401, send("GET", "documents", null, "made-up-token").status());
        assertEquals(before, project.corpus().documents().size());
    }

    @Test
    void logout_endsTheSession() throws Exception {
        String token = login("karl", PASSWORD).token();
        Answer out = send("DELETE", "session", null, token);
        assertEquals(204, out.status());
        assertTrue(out.cookie().orElseThrow().contains("Max-Age=0"), out.cookie().orElseThrow());
        assertEquals(401, send("GET", "documents", null, token).status());
    }

    @Test
    void login_neverKeepsATokenTheClientBrought() throws Exception {
        String before = login("karl", PASSWORD).token();
        Answer again = send("POST", "session", "{\"name\":\"karl\",\"password\":\"" + PASSWORD + "\"}", before);
        assertEquals(200, again.status());
        assertNotEquals(before, again.token(), "a new token at every login");
        assertEquals(401, send("GET", "documents", null, before).status(), "the token from before is ended");
        Answer planted = send("POST", "session", "{\"name\":\"karl\",\"password\":\"" + PASSWORD + "\"}",
                "planted-by-an-attacker");
        assertNotEquals("planted-by-an-attacker", planted.token());
        assertEquals(401, send("GET", "documents", null, "planted-by-an-attacker").status());
    }

    @Test
    void aSessionUnusedForItsIdleTime_ends() throws Exception {
        String token = login("birgit", PASSWORD).token();
        assertEquals(200, send("GET", "documents", null, token).status());
        Thread.sleep(IDLE.toMillis() + 500);
        Answer late = send("GET", "documents", null, token);
        assertEquals(401, late.status());
        assertEquals("session.required", late.json().path("code").asText());
    }

    @Test
    void repeatedWrongPasswords_backOff_with429AndRetryAfter_evenForTheRightOne() throws Exception {
        team.accounts().add("offer", Role.EVALUATOR, PASSWORD.toCharArray());
        for (int i = 0; i < 6; i++) {
            Answer wrong = login("offer", "forkert-kodeord-" + i);
            assertEquals(401, wrong.status());
            assertEquals("login.refused", wrong.json().path("code").asText());
            assertTrue(wrong.cookie().isEmpty());
        }
        Answer shut = login("offer", PASSWORD);
        assertEquals(429, shut.status());
        assertEquals("login.backoff", shut.json().path("code").asText());
        assertTrue(shut.raw().headers().firstValue("Retry-After").isPresent());
        assertTrue(shut.cookie().isEmpty());
    }

    @Test
    void aPasswordChange_endsTheOtherSessions_andKeepsTheOneThatChangedIt() throws Exception {
        String elsewhere = login("ane", PASSWORD).token();
        String here = login("ane", PASSWORD).token();
        Answer changed = send("PUT", "session/password",
                "{\"current\":\"" + PASSWORD + "\",\"password\":\"et-nyt-og-langt-kodeord\"}", here);
        assertEquals(200, changed.status(), changed.raw().body());
        assertEquals(401, send("GET", "documents", null, elsewhere).status());
        assertEquals(200, send("GET", "documents", null, changed.token()).status());
        assertEquals(401, login("ane", PASSWORD).status());
        Answer weak = send("PUT", "session/password",
                "{\"current\":\"et-nyt-og-langt-kodeord\",\"password\":\"kort\"}", changed.token());
        assertEquals(400, weak.status());
        assertEquals("password.short", weak.json().path("code").asText());
    }
}
