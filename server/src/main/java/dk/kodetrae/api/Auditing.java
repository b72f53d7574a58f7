package dk.kodetrae.api;

import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import dk.kodetrae.team.TeamWorkspace;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import org.glassfish.grizzly.http.server.Request;

/**
 * On a team server, writes every export, deletion, settings change and use of the pseudonym key that succeeded to the audit log: who, from
 * where, in which project, and the request itself (an export's query names the codebook, codes and format).
 * Declared by permission, so a new endpoint that exports or deletes is audited without more code.
 */
final class Auditing implements ContainerResponseFilter {
    private static final Set<Permission> AUDITED = Set.of(Permission.EXPORT, Permission.DELETE, Permission.SETTINGS,
            Permission.PSEUDONYMISE);

    private final TeamWorkspace team;

    @Context
    private ResourceInfo resource;
    @Context
    private Provider<Request> client;

    Auditing(TeamWorkspace team) {
        this.team = team;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        Requires requires = method == null ? null : method.getAnnotation(Requires.class);
        if (requires == null || !AUDITED.contains(requires.value()) || response.getStatus() >= 300
                || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        String what = request.getMethod() + " " + request.getUriInfo().getPath()
                + query(request.getUriInfo().getRequestUri().getRawQuery());
        team.audit().record(request.getSecurityContext().getUserPrincipal().getName(),
                client.get().getRemoteAddr(), requires.value().name().toLowerCase(Locale.ROOT),
                (String) request.getProperty(Authorisation.PROJECT), what);
    }

    private static String query(String raw) {
        return raw == null ? "" : "?" + java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
    }
}
