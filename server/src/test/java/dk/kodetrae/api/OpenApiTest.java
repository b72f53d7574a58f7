package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.json describes exactly the operations the resources serve, and for each operation exactly the path
 * and query parameters of its JAX-RS method (name, where, type, default, required), whether it takes a body, and
 * that its errors follow the Error schema with its code. Read by reflection, so a new endpoint or parameter fails
 * here until the document describes it.
 */
class OpenApiTest {
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "get", POST.class, "post",
            PUT.class, "put", PATCH.class, "patch", DELETE.class, "delete");
    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        document = new ObjectMapper().readTree(Path.of("..", "docs", "openapi.json").toFile());
    }

    /** A served operation: its verb and path, its method, and its parameters as the document should list them. */
    record Operation(String verb, String path, Method method) {
        String key() {
            return verb + " " + path;
        }
    }

    static Map<String, Operation> served() {
        Map<String, Operation> out = new TreeMap<>();
        for (Class<?> resource : ApiApplication.RESOURCES) {
            String base = path(resource.getAnnotation(jakarta.ws.rs.Path.class));
            for (Method m : resource.getMethods()) {
                VERBS.forEach((annotation, verb) -> {
                    if (m.isAnnotationPresent(annotation)) {
                        Operation o = new Operation(verb, join(base, path(m.getAnnotation(jakarta.ws.rs.Path.class))), m);
                        out.put(o.key(), o);
                    }
                });
            }
        }
        return out;
    }

    private static String path(jakarta.ws.rs.Path p) {
        return p == null ? "" : p.value();
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** "in name type default required" for every path and query parameter of the method. */
    static Set<String> parametersOf(Method m) {
        Set<String> out = new TreeSet<>();
        for (Parameter p : m.getParameters()) {
            PathParam path = p.getAnnotation(PathParam.class);
            QueryParam query = p.getAnnotation(QueryParam.class);
            DefaultValue fallback = p.getAnnotation(DefaultValue.class);
            if (path != null) {
                out.add(describe("path", path.value(), type(p.getType()), null, true));
            } else if (query != null) {
                out.add(describe("query", query.value(), type(p.getType()), fallback == null ? null : fallback.value(),
                        false));
            }
        }
        return out;
    }

    /** Whether the method reads a request body: a parameter without a parameter or context annotation. */
    static boolean takesBody(Method m) {
        for (Parameter p : m.getParameters()) {
            if (p.getAnnotations().length == 0) {
                return true;
            }
            if (p.getType().getSimpleName().equals("FormDataMultiPart")) {
                return true;
            }
        }
        return false;
    }

    private static String type(Class<?> c) {
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
            return "integer";
        }
        if (c == double.class || c == Double.class) {
            return "number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(c)) {
            return "array";
        }
        return "string";
    }

    private static String describe(String in, String name, String type, String fallback, boolean required) {
        return in + " " + name + " " + type + (fallback == null ? "" : " default=" + fallback)
                + (required ? " required" : "");
    }

    static Set<String> documentedParameters(String path, String verb) {
        Set<String> out = new TreeSet<>();
        List<JsonNode> all = new ArrayList<>();
        document.get("paths").get(path).path("parameters").forEach(all::add);
        document.get("paths").get(path).get(verb).path("parameters").forEach(all::add);
        for (JsonNode p : all) {
            JsonNode resolved = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
            JsonNode schema = resolved.path("schema");
            JsonNode fallback = schema.get("default");
            out.add(describe(resolved.get("in").asText(), resolved.get("name").asText(), schema.path("type").asText(),
                    fallback == null ? null : fallback.asText(), resolved.path("required").asBoolean(false)));
        }
        return out;
    }

    private static JsonNode resolve(String ref) {
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.get(part);
        }
        return node;
    }

    @Test
    void openApiFile_listsExactlyTheServedOperations() {
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> e : document.get("paths").properties()) {
            e.getValue().properties().stream().filter(op -> VERBS.containsValue(op.getKey()))
                    .forEach(op -> documented.add(op.getKey().toLowerCase(Locale.ROOT) + " " + e.getKey()));
        }
        assertEquals(served().keySet(), documented);
    }

    @Test
    void everyOperation_documentsExactlyTheParametersOfItsResourceMethod() {
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Set<String>> actual = new TreeMap<>();
        served().values().forEach(o -> {
            expected.put(o.key(), parametersOf(o.method()));
            actual.put(o.key(), documentedParameters(o.path(), o.verb()));
        });
        assertEquals(expected, actual);
    }

    @Test
    void everyOperationThatReadsABody_documentsIt_andNoOtherDoes() {
        Map<String, Boolean> expected = new TreeMap<>();
        Map<String, Boolean> actual = new TreeMap<>();
        served().values().forEach(o -> {
            expected.put(o.key(), takesBody(o.method()));
            actual.put(o.key(), document.get("paths").get(o.path()).get(o.verb()).has("requestBody"));
        });
        assertEquals(expected, actual);
    }

    @Test
    void everyOperation_hasASuccessResponse_andErrorsInTheErrorSchema() {
        List<String> missing = new ArrayList<>();
        served().values().forEach(o -> {
            JsonNode responses = document.get("paths").get(o.path()).get(o.verb()).get("responses");
            boolean success = responses.properties().stream().anyMatch(r -> r.getKey().startsWith("2"));
            boolean errors = responses.properties().stream().anyMatch(r -> r.getKey().startsWith("4")
                    && r.getValue().toString().contains("#/components/schemas/Error")
                    || r.getValue().toString().contains("#/components/responses/"));
            if (!success || !errors) {
                missing.add(o.key());
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void errorSchema_namesTheFieldsErrorBodyHas() {
        JsonNode error = document.get("components").get("schemas").get("Error");
        Set<String> documented = new TreeSet<>();
        error.get("properties").properties().forEach(p -> documented.add(p.getKey()));
        Set<String> fields = new TreeSet<>();
        for (var c : ErrorBody.class.getRecordComponents()) {
            fields.add(c.getName());
        }
        assertEquals(fields, documented);
        Set<String> required = new TreeSet<>();
        error.get("required").forEach(r -> required.add(r.asText()));
        assertTrue(required.containsAll(List.of("error", "code", "detail")), required.toString());
    }
}
