package dk.kodetrae.api;

import dk.kodetrae.message.Message;
import dk.kodetrae.team.Caller;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import dk.kodetrae.team.Role;
import dk.kodetrae.team.Workspace;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;

/**
 * Lets a request through only with the permission its resource method declares ({@link Requires}); a method
 * without a declaration is refused to everyone. On a team server the signed-in user is the principal of the
 * request's {@link SecurityContext} (set by authentication, which runs before this), a server administrator is
 * in the role {@code admin}; the project is named by the {@value #HEADER} header or the {@code project} query
 * parameter (for links and downloads). The answer is 401 without a user, 404 for a project the user is no member
 * of (as for one that does not exist) and 403 for a right the user's role lacks. Afterwards the request's
 * principal is a {@link Caller} with the role.
 */
@Priority(Priorities.AUTHORIZATION)
final class Authorisation implements ContainerRequestFilter {
    static final String HEADER = "Kodetrae-Project";
    static final String QUERY = "project";
    /** The request property that holds the name of the project the request addresses. */
    static final String PROJECT = "kodetrae.project";
    static final String ADMIN_ROLE = "admin";

    private final Workspace workspace;

    @Context
    private ResourceInfo resource;

    Authorisation(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Permission needed = declared(resource.getResourceMethod());
        if (!workspace.team() || needed == Permission.PUBLIC) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        Principal user = security.getUserPrincipal();
        if (user == null) {
            throw new ApiError(Response.Status.UNAUTHORIZED,
                    Message.of("access.signIn", "sign in first: this server has accounts"));
        }
        boolean admin = security.isUserInRole(ADMIN_ROLE);
        Optional<Role> role = Optional.empty();
        if (needed == Permission.ADMIN && !admin) {
            throw refused(needed, null);
        }
        if (needed.inProject()) {
            String name = projectName(request).orElseThrow(() -> ApiError.badRequest("project.required",
                    "name the project: header " + HEADER + " or the query parameter " + QUERY, "header", HEADER,
                    "param", QUERY));
            role = workspace.role(user.getName(), admin, name);
            if (role.isEmpty()) {
                throw ApiError.notFound("project.notFound", "no project '" + name + "' of yours on this server",
                        "project", name);
            }
            if (!role.get().grants(needed)) {
                throw refused(needed, role.get());
            }
            request.setProperty(PROJECT, name);
        }
        request.setSecurityContext(new Signed(new Caller(user.getName(), role), security));
    }

    /** The permission {@code method} declares; a method without one is refused, never let through. */
    static Permission declared(Method method) {
        Requires requires = method == null ? null : method.getAnnotation(Requires.class);
        if (requires == null) {
            throw new ApiError(Response.Status.FORBIDDEN, Message.of("access.undeclared",
                    "this operation declares no permission, so nobody may use it"));
        }
        return requires.value();
    }

    /** The project the request names, by header or else by query parameter. */
    static Optional<String> projectName(ContainerRequestContext request) {
        String name = request.getHeaderString(HEADER);
        if (name == null || name.isBlank()) {
            name = request.getUriInfo().getQueryParameters().getFirst(QUERY);
        }
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    private static ApiError refused(Permission needed, Role role) {
        String permission = needed.name().toLowerCase(java.util.Locale.ROOT);
        return new ApiError(Response.Status.FORBIDDEN, Message.of("access.denied",
                "your role" + (role == null ? "" : " (" + role.id() + ")") + " does not allow this (it needs "
                        + permission + ")", "permission", permission, "role", role == null ? null : role.id()));
    }

    /** The authenticated user's security context, with the caller's role in the request's project. */
    private record Signed(Caller caller, SecurityContext authenticated) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return authenticated.isUserInRole(role);
        }

        @Override
        public boolean isSecure() {
            return authenticated.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return authenticated.getAuthenticationScheme();
        }
    }
}
