package dk.kodetrae.api;

import dk.kodetrae.message.Message;
import dk.kodetrae.team.Caller;
import dk.kodetrae.team.Membership;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import dk.kodetrae.team.Role;
import dk.kodetrae.team.TeamProject;
import dk.kodetrae.team.TeamWorkspace;
import dk.kodetrae.team.Workspace;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.grizzly.http.server.Request;

/**
 * A team server's projects and their members: {@code GET /team/projects} lists the caller's own (all of them for
 * an admin) with their role and rights, for the page's project picker and for hiding what the role cannot use;
 * admins add and archive projects and set and end memberships. Every change goes to the audit log. A personal
 * server answers 404 here: it has one project and no members.
 */
@Path("team/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TeamResource {
    private final Workspace workspace;
    @Context
    private SecurityContext security;
    @Context
    private Request client;

    @Inject
    public TeamResource(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A project as its member sees it: their role in it and what that role may do. */
    public record Mine(String name, String title, boolean archived, String role, Set<String> permissions) {
    }

    public record NewProject(String name, String title) {
    }

    public record RoleOnly(String role) {
    }

    @GET
    @Requires(Permission.SIGNED_IN)
    public List<Mine> mine() {
        TeamWorkspace team = team();
        Caller caller = (Caller) security.getUserPrincipal();
        if (security.isUserInRole(Authorisation.ADMIN_ROLE)) {
            return team.projects().list().stream().map(p -> mine(p, Role.ADMIN)).toList();
        }
        Map<String, TeamProject> projects = new HashMap<>();
        team.projects().list().forEach(p -> projects.put(p.name(), p));
        return team.members().ofUser(caller.name()).stream()
                .filter(m -> !projects.get(m.project()).archived())
                .map(m -> mine(projects.get(m.project()), m.role())).toList();
    }

    @POST
    @Requires(Permission.ADMIN)
    public Response add(NewProject p) {
        if (p == null) {
            throw ApiError.badRequest("body.fields", "send {name, title}", "fields", "name, title");
        }
        TeamProject added = team().projects().add(p.name(), p.title());
        audit("project.added", added.name(), "title: " + added.title());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @POST
    @Path("{name}/archive")
    @Requires(Permission.ADMIN)
    public TeamProject archive(@PathParam("name") String name) {
        TeamProject archived = team().projects().archive(name);
        audit("project.archived", name, "");
        return archived;
    }

    @GET
    @Path("{name}/members")
    @Requires(Permission.ADMIN)
    public List<Membership> members(@PathParam("name") String name) {
        TeamWorkspace team = team();
        team.projects().find(name).orElseThrow(() -> noProject(name));
        return team.members().of(name);
    }

    @PUT
    @Path("{name}/members/{user}")
    @Requires(Permission.ADMIN)
    public Membership setMember(@PathParam("name") String name, @PathParam("user") String user, RoleOnly role) {
        if (role == null || role.role() == null) {
            throw ApiError.badRequest("body.fields", "send {role}", "fields", "role");
        }
        Membership set = team().members().set(name, user, Role.of(role.role()));
        audit("member.set", name, user + ": " + set.role().id());
        return set;
    }

    @DELETE
    @Path("{name}/members/{user}")
    @Requires(Permission.ADMIN)
    public Response removeMember(@PathParam("name") String name, @PathParam("user") String user) {
        if (!team().members().remove(name, user)) {
            throw ApiError.notFound("member.notFound", "'" + user + "' is no member of '" + name + "'",
                    "user", user, "project", name);
        }
        audit("member.removed", name, user);
        return Response.noContent().build();
    }

    private static Mine mine(TeamProject p, Role role) {
        Set<String> permissions = new TreeSet<>();
        role.permissions().forEach(x -> permissions.add(x.name().toLowerCase(Locale.ROOT)));
        return new Mine(p.name(), p.title(), p.archived(), role.id(), permissions);
    }

    private void audit(String action, String project, String detail) {
        team().audit().record(security.getUserPrincipal().getName(), client.getRemoteAddr(), action, project, detail);
    }

    private TeamWorkspace team() {
        if (workspace instanceof TeamWorkspace team) {
            return team;
        }
        throw ApiError.notFound("team.personalServer", "this is a personal server: it has one project and no members");
    }

    private static ApiError noProject(String name) {
        return new ApiError(Response.Status.NOT_FOUND, Message.of("project.notFound", "no project named '" + name
                + "'", "project", name));
    }
}
