package dk.kodetrae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kodetrae.team.Requires;
import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every operation of the API says what it needs; one that does not is refused to everyone. */
class PermissionDeclarationTest {
    /** The resource methods of the API: those with an HTTP method annotation, found by reflection. */
    static List<Method> operations() {
        return Arrays.stream(ApiApplication.RESOURCES)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                .toList();
    }

    @Test
    void everyResourceMethod_declaresAPermission() {
        List<String> undeclared = operations().stream().filter(m -> !m.isAnnotationPresent(Requires.class))
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).toList();
        assertEquals(List.of(), undeclared, "declare @Requires(Permission.…) on these");
        assertFalse(operations().size() < 40, "found the operations: " + operations().size());
    }

    @Test
    void aMethodWithoutADeclaration_isRefused() throws Exception {
        Method undeclared = PermissionDeclarationTest.class.getDeclaredMethod("operations");
        ApiError e = assertThrows(ApiError.class, () -> Authorisation.declared(undeclared));
        assertEquals(403, e.status().getStatusCode());
        assertEquals("access.undeclared", e.explanation().code());
        assertThrows(ApiError.class, () -> Authorisation.declared(null), "no method matched: refused too");
    }
}
