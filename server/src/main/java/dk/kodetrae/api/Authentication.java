package dk.kodetrae.api;

import dk.kodetrae.account.TeamStore;
import dk.kodetrae.account.User;
import dk.kodetrae.message.Message;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ExtendedUriInfo;

/**
 * Finds who is asking, for every API request: on a personal server always {@link User#LOCAL}; on a team server
 * the user of the session cookie, or 401 unless the method {@link Requires} {@link Permission#PUBLIC}
 * (logging in). {@link Authorisation} runs next and decides what the user may do. The user goes on the request as
 * {@link User#PROPERTY} and as the {@link SecurityContext}'s principal (see package {@code account}).
 */
@Priority(Priorities.AUTHENTICATION)
final class Authentication implements ContainerRequestFilter {
    private final Access access;

    Authentication(Access access) {
        this.access = access;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<User> user = access.team().flatMap(team -> sessionUser(team, request))
                .or(() -> access.teamMode() ? Optional.empty() : Optional.of(User.LOCAL));
        if (user.isPresent()) {
            request.setProperty(User.PROPERTY, user.get());
            request.setSecurityContext(new Known(user.get(), access.secureCookies()));
        } else if (!anonymousAllowed(request)) {
            request.abortWith(ErrorMapper.body(401, Message.of("session.required",
                    "log in first: this team server answers only to a session"), List.of()));
        }
    }

    private Optional<User> sessionUser(TeamStore team, ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SessionCookie.name(access));
        return cookie == null ? Optional.empty() : team.sessions().find(cookie.getValue());
    }

    private static boolean anonymousAllowed(ContainerRequestContext request) {
        var method = ((ExtendedUriInfo) request.getUriInfo()).getMatchedResourceMethod();
        Requires requires = method == null ? null : method.getInvocable().getHandlingMethod().getAnnotation(Requires.class);
        return requires != null && requires.value() == Permission.PUBLIC;
    }

    /** The security context of a known user; roles are the account's server role by its key. */
    private record Known(User user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.role().key().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return user.local() ? null : "SESSION";
        }
    }

    /** Lets resources {@code @Inject User}: the user the filter put on the current request. */
    static final class CurrentUser implements Supplier<User> {
        private final ContainerRequest request;

        @Inject
        CurrentUser(ContainerRequest request) {
            this.request = request;
        }

        @Override
        public User get() {
            return (User) request.getProperty(User.PROPERTY);
        }
    }
}
