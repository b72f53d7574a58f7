package dk.kodetrae.api;

import dk.kodetrae.account.AccountException;
import dk.kodetrae.account.TeamStore;
import dk.kodetrae.account.User;
import dk.kodetrae.message.Message;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import dk.kodetrae.team.TeamWorkspace;
import dk.kodetrae.team.Workspace;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.glassfish.grizzly.http.server.Request;

/**
 * Logging in and out of a team server, and who is logged in. A login always starts a new session (a token planted
 * before it is ended, not promoted), and a password change ends every session of the account but the new one.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {
    @Inject
    Access access;

    @Inject
    Provider<Request> http;

    @Context
    HttpHeaders headers;

    @Inject
    Workspace workspace;

    /** Who is asking, and whether this is a personal or a team server. */
    public record Whoami(String name, String role, String mode) {
    }

    public record Login(String name, char[] password) {
    }

    public record PasswordChange(char[] current, char[] password) {
    }

    @GET
    @Requires(Permission.SIGNED_IN)
    public Whoami whoami(@Context ContainerRequestContext request) {
        return whoami(user(request));
    }

    @POST
    @Requires(Permission.PUBLIC)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Login login) {
        TeamStore team = team();
        if (login == null || login.name() == null || login.password() == null) {
            throw ApiError.badRequest("login.fields", "a login needs a name and a password");
        }
        team.sessions().end(presentedToken());
        String address = http.get().getRemoteAddr();
        try {
            User user = team.accounts().authenticate(login.name(), login.password(), address);
            audit(user.name(), address, "login");
            return withSession(team, user, Response.ok(whoami(user)));
        } catch (AccountException e) {
            audit(login.name(), address, "login.failed");
            throw e;
        } finally {
            Arrays.fill(login.password(), '\0');
        }
    }

    /** Anyone may log out: without a session it only clears the cookie. */
    @DELETE
    @Requires(Permission.PUBLIC)
    public Response logout() {
        access.team().ifPresent(team -> team.sessions().end(presentedToken()));
        return Response.noContent().cookie(SessionCookie.cleared(access)).build();
    }

    @PUT
    @Path("password")
    @Requires(Permission.SIGNED_IN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange change, @Context ContainerRequestContext request) {
        TeamStore team = team();
        if (change == null || change.current() == null || change.password() == null) {
            throw ApiError.badRequest("password.fields", "a password change needs the current and the new password");
        }
        User user = user(request);
        try {
            team.accounts().authenticate(user.name(), change.current(), http.get().getRemoteAddr());
            team.accounts().changePassword(user.name(), change.password());
            return withSession(team, user, Response.ok(whoami(user)));
        } finally {
            Arrays.fill(change.current(), '\0');
            Arrays.fill(change.password(), '\0');
        }
    }

    /** Logins and failed logins go to the team server's audit log (its accounts are in the same team.db). */
    private void audit(String name, String address, String action) {
        if (workspace instanceof TeamWorkspace team) {
            team.audit().record(name, address, action, "", "");
        }
    }

    private Response withSession(TeamStore team, User user, Response.ResponseBuilder answer) {
        String token = team.sessions().start(user);
        return answer.cookie(SessionCookie.of(access, token, team.sessions().policy().absolute().toSeconds())).build();
    }

    private String presentedToken() {
        var cookie = headers.getCookies().get(SessionCookie.name(access));
        return cookie == null ? null : cookie.getValue();
    }

    private TeamStore team() {
        return access.team().orElseThrow(() -> new ApiError(Response.Status.CONFLICT, Message.of("session.personal",
                "this is a personal server: it has one user and no login")));
    }

    /** The user {@link Authentication} found; the principal is by now the project's caller. */
    private static User user(ContainerRequestContext request) {
        return (User) request.getProperty(User.PROPERTY);
    }

    private Whoami whoami(User user) {
        return new Whoami(user.name(), user.role().key(), access.mode());
    }
}
