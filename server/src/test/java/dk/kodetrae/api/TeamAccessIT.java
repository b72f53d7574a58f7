package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.CodedFixture;
import dk.kodetrae.account.SessionPolicy;
import dk.kodetrae.account.TeamStore;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import dk.kodetrae.team.Role;
import dk.kodetrae.team.TeamWorkspace;
import jakarta.ws.rs.Consumes;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team server with three projects over real HTTP, signed in as each role: every operation of the API (found
 * from the resource classes) answers each role and an anonymous client as its declared permission says; a member
 * of one project reaches nothing of another (IDOR); the acting user is the signed-in one; admins manage projects
 * and members; what must be audited is.
 */
class TeamAccessIT {
    private static final String PASSWORD = "blå-hest-spiser-æbler";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String XSS = "<img src=x onerror=alert(1)>";
    /** A well-formed multipart body with one unrelated field: uploads are refused by who sends them, not by form. */
    private static final String MULTIPART = "--grense\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nø\r\n"
            + "--grense--\r\n";
    /** The callers and their role in project alfa (ane is a server admin, udenfor a member of beta only). */
    private static final Map<String, Optional<Role>> IN_ALFA = new LinkedHashMap<>();

    static {
        IN_ALFA.put("ane", Optional.of(Role.ADMIN));
        IN_ALFA.put("forsker", Optional.of(Role.RESEARCHER));
        IN_ALFA.put("koder", Optional.of(Role.CODER));
        IN_ALFA.put("evaluator", Optional.of(Role.EVALUATOR));
        IN_ALFA.put("skribent", Optional.of(Role.REPORT_WRITER));
        IN_ALFA.put("udenfor", Optional.empty());
    }

    @TempDir
    static Path dir;
    static TeamStore team;
    static TeamWorkspace workspace;
    static ApiServer server;
    static URI api;
    static final Map<String, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        team = TeamStore.open(dir, Clock.systemUTC(), new SessionPolicy(Duration.ofHours(1), Duration.ofHours(8)));
        team.accounts().add("ane", dk.kodetrae.account.Role.ADMIN, PASSWORD.toCharArray());
        for (String name : List.of("forsker", "koder", "evaluator", "skribent", "udenfor")) {
            team.accounts().add(name, dk.kodetrae.account.Role.RESEARCHER, PASSWORD.toCharArray());
        }
        CodedFixture.open(team.projects().resolve("alfa")).close();
        try (Project beta = CodedFixture.open(team.projects().resolve("beta"))) {
            long code = CodedFixture.code(beta, "mentor").id();
            for (int i = 0; i < 30; i++) {
                beta.memos().add("code", code, "test", "memo " + i);
                beta.codebooks().add("lille", null, "ekstra " + i, "#336699", "test");
            }
        }
        workspace = new TeamWorkspace(team.store(), team.projects());
        workspace.projects().add("alfa", "Alfa-studiet");
        workspace.projects().add("beta", XSS);
        workspace.projects().add("gamma", "Gamma");
        IN_ALFA.forEach((user, role) -> role.filter(r -> r != Role.ADMIN)
                .ifPresent(r -> workspace.members().set("alfa", user, r)));
        workspace.members().set("beta", "udenfor", Role.RESEARCHER);
        server = ApiServer.start(workspace, "127.0.0.1", 0, Access.team(team, List.of(), false));
        api = server.uri().resolve("api/v1/");
        for (String user : IN_ALFA.keySet()) {
            TOKENS.put(user, login(user));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        workspace.close();
        team.close();
    }

    record Answer(int status, JsonNode json, String body) {
        String code() {
            return json == null ? "" : json.path("code").asText();
        }
    }

    private static String login(String user) throws Exception {
        HttpResponse<String> r = HTTP.send(request("POST", "session", "application/json",
                JSON.writeValueAsString(Map.of("name", user, "password", PASSWORD)), null, null).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kodetrae-session="))
                .findFirst().orElseThrow();
        return cookie.substring("kodetrae-session=".length(), cookie.indexOf(';'));
    }

    private static HttpRequest.Builder request(String method, String path, String type, String body, String user,
                                               String project) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).header("X-Kodetrae", "1")
                .header("Accept", "*/*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", type);
        }
        if (user != null) {
            b.header("Cookie", "kodetrae-session=" + TOKENS.get(user));
        }
        if (project != null) {
            b.header(Authorisation.HEADER, project);
        }
        return b;
    }

    static Answer call(String method, String path, String json, String user, String project) throws Exception {
        return send(request(method, path, "application/json", json, user, project));
    }

    private static Answer send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = null;
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json") && !r.body().isEmpty()) {
            json = JSON.readTree(r.body());
        }
        return new Answer(r.statusCode(), json, r.body());
    }

    /** One call of an operation as {@code user} (null: anonymous) in project alfa, with an empty body if it takes one. */
    private static Answer callOperation(OpenApiTest.Operation o, String user) throws Exception {
        String path = o.path().substring(1).replaceAll("\\{name}", "gamma").replaceAll("\\{user}", "koder")
                .replaceAll("\\{[^}]+}", "1");
        String type = consumes(o.method());
        String body = !OpenApiTest.takesBody(o.method()) ? null
                : type.startsWith("multipart") ? MULTIPART : "{}";
        String contentType = type.startsWith("multipart") ? "multipart/form-data; boundary=grense" : type;
        return send(request(o.verb().toUpperCase(java.util.Locale.ROOT), path, contentType, body, user, "alfa"));
    }

    private static String consumes(Method m) {
        Consumes c = Optional.ofNullable(m.getAnnotation(Consumes.class))
                .orElse(m.getDeclaringClass().getAnnotation(Consumes.class));
        return c == null ? "application/json" : c.value()[0];
    }

    @Test
    void everyOperation_answersEachRoleAndAnonymous_asItsPermissionSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<OpenApiTest.Operation> operations = new ArrayList<>(OpenApiTest.served().values());
        // Logging out ends the session the rest of the matrix uses: last, and each user logs in again after it.
        operations.sort((a, b) -> Boolean.compare(a.path().startsWith("/session"), b.path().startsWith("/session")));
        assertTrue(operations.size() > 50, "found the operations by reflection: " + operations.size());
        for (OpenApiTest.Operation o : operations) {
            Permission needed = o.method().getAnnotation(Requires.class).value();
            Answer anonymous = callOperation(o, null);
            if (needed != Permission.PUBLIC && anonymous.status() != 401) {
                wrong.add(o.key() + " anonymous: " + anonymous.status());
            }
            for (Map.Entry<String, Optional<Role>> caller : IN_ALFA.entrySet()) {
                Answer a = callOperation(o, caller.getKey());
                String expected = expected(needed, caller.getKey(), caller.getValue());
                if (!matches(expected, a)) {
                    wrong.add(o.key() + " as " + caller.getKey() + ": " + a.status() + " " + a.code()
                            + ", expected " + expected);
                }
                if (o.path().startsWith("/session")) {
                    TOKENS.put(caller.getKey(), login(caller.getKey()));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** "allowed" (neither 401 nor 403 nor a missing project), "403", or "404" for a project one is no member of. */
    private static String expected(Permission needed, String user, Optional<Role> role) {
        if (needed == Permission.PUBLIC || needed == Permission.SIGNED_IN) {
            return "allowed";
        }
        if (needed == Permission.ADMIN) {
            return user.equals("ane") ? "allowed" : "403";
        }
        return role.map(r -> r.grants(needed) ? "allowed" : "403").orElse("404");
    }

    private static boolean matches(String expected, Answer a) {
        return switch (expected) {
            case "allowed" -> a.status() != 401 && a.status() != 403 && !a.code().equals("project.notFound");
            case "404" -> a.status() == 404 && a.code().equals("project.notFound");
            default -> a.status() == 403 && a.code().equals("access.denied");
        };
    }

    @Test
    void eachRole_succeedsAtWhatItIsFor() throws Exception {
        assertEquals(200, call("GET", "documents", null, "evaluator", "alfa").status());
        assertEquals(200, call("GET", "search?q=borger", null, "evaluator", "alfa").status());
        assertEquals(200, call("GET", "export?format=csv", null, "skribent", "alfa").status());
        assertEquals(200, call("GET", "compare?by=ressourceteam", null, "skribent", "alfa").status());
        assertEquals(201, call("POST", "codings", coding("alfa"), "koder", "alfa").status());
        assertEquals(403, call("GET", "export?format=csv", null, "forsker", "alfa").status(),
                "exports are the report writers' (and admins')");
        assertEquals(403, call("POST", "codings", coding("alfa"), "skribent", "alfa").status());
    }

    private static String coding(String project) {
        Project p = workspace.project(project);
        long document = CodedFixture.document(p, "samarbejde").id();
        long code = CodedFixture.code(p, "mentor").id();
        return "{\"documentId\": " + document + ", \"codeId\": " + code
                + ", \"start\": 0, \"end\": 5, \"coder\": \"en-anden\"}";
    }

    @Test
    void theActingUser_isTheSignedInOne_whateverTheBodySays() throws Exception {
        Answer added = call("POST", "codings", coding("alfa"), "koder", "alfa");
        assertEquals(201, added.status(), added.body());
        assertEquals("koder", added.json().get("coder").asText(), "the body said en-anden");
        Answer changes = call("GET", "changes?limit=5", null, "forsker", "alfa");
        assertEquals("koder", changes.json().get(0).get("actor").asText(), changes.body());
    }

    @Test
    void anEvaluator_changesOnlyTheirOwnMemos_aResearcherAnyones() throws Exception {
        long code = CodedFixture.code(workspace.project("alfa"), "mentor").id();
        String memo = "{\"targetType\": \"code\", \"targetId\": " + code + ", \"author\": \"nogen\", \"text\": \"ø\"}";
        Answer own = call("POST", "memos", memo, "evaluator", "alfa");
        assertEquals("evaluator", own.json().get("author").asText());
        Answer others = call("POST", "memos", memo, "forsker", "alfa");
        String edit = "{\"text\": \"ændret 🌳\"}";
        assertEquals(204, call("PUT", "memos/" + own.json().get("id"), edit, "evaluator", "alfa").status());
        Answer refused = call("PUT", "memos/" + others.json().get("id"), edit, "evaluator", "alfa");
        assertEquals(403, refused.status());
        assertEquals("memo.notYours", refused.code());
        assertEquals(204, call("PUT", "memos/" + own.json().get("id"), edit, "forsker", "alfa").status());
    }

    @Test
    void aMemberOfOneProject_getsNotFound_forEverythingOfAnother() throws Exception {
        Project beta = workspace.project("beta");
        long document = CodedFixture.document(beta, "samarbejde").id();
        long code = beta.codebooks().codes("lille").getLast().id();
        long memo = beta.memos().on("code", CodedFixture.code(beta, "mentor").id()).getLast().id();
        Answer coded = call("POST", "codings", coding("beta"), "udenfor", "beta");
        assertEquals(201, coded.status(), coded.body());
        long coding = coded.json().get("id").asLong();
        Answer job = call("POST", "reindex?async=true", null, "udenfor", "beta");
        assertEquals(202, job.status(), job.body());
        long jobId = job.json().get("job").asLong();
        List<String> beta_ = List.of("documents/" + document, "documents/" + document + "/codings", "codes/" + code,
                "codes/" + code + "/passages", "memos?targetType=code&targetId=" + code, "jobs/" + jobId);
        for (String path : beta_) {
            assertEquals(200, call("GET", path, null, "udenfor", "beta").status(), "beta's member reads " + path);
            Answer other = call("GET", path, null, "forsker", "beta");
            assertEquals(404, other.status(), path);
            assertEquals("project.notFound", other.code(), path);
        }
        for (String path : List.of("codes/" + code, "codes/" + code + "/passages", "jobs/" + jobId)) {
            assertEquals(404, call("GET", path, null, "ane", "alfa").status(), "beta's id in alfa: " + path);
        }
        assertEquals(404, call("PUT", "memos/" + memo, "{\"text\": \"x\"}", "forsker", "alfa").status());
        assertEquals("project.notFound", call("GET", "export?format=csv", null, "skribent", "beta").code(),
                "alfa's report writer exports nothing of beta");
        assertEquals(404, call("DELETE", "codings/" + coding, null, "forsker", "beta").status());
        assertEquals(200, call("GET", "documents/" + document + "/codings", null, "udenfor", "beta").status(),
                "the coding is still there");
    }

    @Test
    void aRequestWithoutAProject_isToldToNameOne() throws Exception {
        Answer a = call("GET", "documents", null, "forsker", null);
        assertEquals(400, a.status());
        assertEquals("project.required", a.code());
        HttpResponse<String> link = HTTP.send(HttpRequest.newBuilder(api.resolve("documents?project=alfa"))
                .header("Cookie", "kodetrae-session=" + TOKENS.get("forsker")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, link.statusCode(), "links and downloads name it in the query");
    }

    @Test
    void admins_addArchiveAndStaffProjects_andEveryChangeIsAudited() throws Exception {
        Answer added = call("POST", "team/projects", "{\"name\": \"delta\", \"title\": \"Delta æøå\"}", "ane", null);
        assertEquals(201, added.status(), added.body());
        assertEquals(409, call("POST", "team/projects", "{\"name\": \"delta\", \"title\": \"igen\"}", "ane", null)
                .status());
        Answer badName = call("POST", "team/projects", "{\"name\": \"../x\", \"title\": \"x\"}", "ane", null);
        assertEquals("team.projectName", badName.code());
        assertEquals(403, call("POST", "team/projects", "{\"name\": \"eps\", \"title\": \"x\"}", "forsker", null)
                .status());
        assertEquals(200, call("PUT", "team/projects/delta/members/evaluator", "{\"role\": \"evaluator\"}", "ane",
                null).status());
        assertEquals("team.unknownRole", call("PUT", "team/projects/delta/members/evaluator", "{\"role\": \"chef\"}",
                "ane", null).code());
        JsonNode mine = call("GET", "team/projects", null, "evaluator", null).json();
        assertEquals(List.of("alfa", "delta"), names(mine));
        assertEquals("evaluator", mine.get(1).get("role").asText());
        assertTrue(mine.get(1).get("permissions").toString().contains("\"search\""), mine.toString());
        assertEquals(200, call("GET", "documents", null, "evaluator", "delta").status());
        assertEquals(200, call("POST", "team/projects/delta/archive", null, "ane", null).status());
        assertEquals(404, call("GET", "documents", null, "evaluator", "delta").status(), "archived: served to nobody");
        assertEquals(List.of("alfa"), names(call("GET", "team/projects", null, "evaluator", null).json()));
        assertEquals("member.notFound", call("DELETE", "team/projects/gamma/members/koder", null, "ane", null).code());
        assertEquals(204, call("DELETE", "team/projects/delta/members/evaluator", null, "ane", null).status());
        JsonNode audit = call("GET", "audit?limit=1000", null, "ane", null).json();
        assertTrue(has(audit, "ane", "project.added", "delta"), audit.toString());
        assertTrue(has(audit, "ane", "member.set", "delta"), audit.toString());
        assertTrue(has(audit, "ane", "project.archived", "delta"), audit.toString());
        assertEquals(403, call("GET", "audit", null, "forsker", null).status());
    }

    @Test
    void exportsDeletionsAndLogins_areAudited_andTheLogCannotBeChanged() throws Exception {
        Answer exported = call("GET", "export?format=csv&codes=mentor", null, "skribent", "alfa");
        assertEquals(200, exported.status(), exported.body());
        long doomed = workspace.project("alfa").codebooks().add("lille", null, "Slettes snart", "#123456", "test").id();
        assertEquals(200, call("DELETE", "codes/" + doomed, null, "forsker", "alfa").status());
        assertEquals(200, call("PUT", "project/settings", "{}", "ane", "alfa").status());
        assertEquals(401, call("POST", "session", "{\"name\": \"udenfor\", \"password\": \"forkert-kodeord-1\"}",
                null, null).status());
        JsonNode audit = call("GET", "audit?limit=1000", null, "ane", null).json();
        assertTrue(find(audit, "forsker", "delete", "alfa").orElseThrow(() -> new AssertionError(audit))
                .get("detail").asText().contains("DELETE codes/" + doomed), audit.toString());
        assertTrue(has(audit, "ane", "settings", "alfa"), audit.toString());
        assertTrue(has(audit, "udenfor", "login.failed", ""), audit.toString());
        JsonNode export = find(audit, "skribent", "export", "alfa").orElseThrow(() -> new AssertionError(audit));
        assertTrue(export.get("detail").asText().contains("codes=mentor"), export.toString());
        assertTrue(find(audit, "ane", "login", "").isPresent(), "logins: " + audit);
        HttpResponse<String> csv = HTTP.send(request("GET", "audit/csv", null, null, "ane", null).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFseq,at,actor,address,action,project,detail\r\n"), csv.body());
        assertTrue(csv.body().contains("skribent"), csv.body());
        for (String sql : List.of("UPDATE audit SET actor = 'x'", "DELETE FROM audit")) {
            Exception e = assertThrows(RuntimeException.class, () -> team.store().write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate(sql);
                }
            }));
            assertTrue(String.valueOf(e.getMessage()).contains("append-only"), e.getMessage());
        }
        assertNotEquals(0, call("GET", "audit", null, "ane", null).json().size());
    }

    private static List<String> names(JsonNode projects) {
        List<String> out = new ArrayList<>();
        projects.forEach(p -> out.add(p.get("name").asText()));
        return out;
    }

    private static boolean has(JsonNode audit, String actor, String action, String project) {
        return find(audit, actor, action, project).isPresent();
    }

    private static Optional<JsonNode> find(JsonNode audit, String actor, String action, String project) {
        List<JsonNode> all = new ArrayList<>();
        audit.forEach(all::add);
        return all.stream().filter(e -> e.get("actor").asText().equals(actor) && e.get("action").asText().equals(action)
                && e.get("project").asText().equals(project)).findFirst();
    }
}
