package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/openapi.json describes exactly the operations the resources serve: no more, no fewer. */
class OpenApiTest {
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "get", POST.class, "post",
            PUT.class, "put", PATCH.class, "patch", DELETE.class, "delete");

    static Set<String> served() {
        Set<String> out = new TreeSet<>();
        for (Class<?> resource : ApiApplication.RESOURCES) {
            String base = path(resource.getAnnotation(jakarta.ws.rs.Path.class));
            for (Method m : resource.getMethods()) {
                VERBS.forEach((annotation, verb) -> {
                    if (m.isAnnotationPresent(annotation)) {
                        out.add(verb + " " + join(base, path(m.getAnnotation(jakarta.ws.rs.Path.class))));
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

    @Test
    void openApiFile_listsExactlyTheServedOperations() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(Path.of("..", "docs", "openapi.json").toFile()).get("paths");
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> e : paths.properties()) {
            e.getValue().properties().forEach(op -> documented.add(op.getKey().toLowerCase(Locale.ROOT) + " " + e.getKey()));
        }
        assertEquals(served(), documented);
    }
}
