package dk.kodetrae.api;

import dk.kodetrae.memo.Memo;
import dk.kodetrae.project.Project;
import dk.kodetrae.store.Store;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Memos on codes and documents, and the project's change log. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MemosResource {
    private final Project project;
    @Context
    private SecurityContext security;

    @Inject
    public MemosResource(Project project) {
        this.project = project;
    }

    /** A new memo, or new text for one. */
    public record MemoText(String targetType, Long targetId, String author, String text) {
    }

    @GET
    @Path("memos")
    @Requires(Permission.READ)
    public List<Memo> on(@QueryParam("targetType") String type, @QueryParam("targetId") long id) {
        return project.memos().on(type, id);
    }

    @POST
    @Path("memos")
    @Requires(Permission.MEMO_OWN)
    public Response add(MemoText m) {
        if (m == null || m.targetId() == null) {
            throw ApiError.badRequest("body.fields", "send {targetType: code|document, targetId, author, text}", "fields", "targetType, targetId, author, text");
        }
        return Response.status(Response.Status.CREATED)
                .entity(project.memos().add(m.targetType(), m.targetId(), Actors.claimed(security, m.author()), m.text())).build();
    }

    @PUT
    @Path("memos/{id}")
    @Requires(Permission.MEMO_OWN)
    public Response update(@PathParam("id") long id, MemoText m) {
        if (m == null) {
            throw ApiError.badRequest("body.fields", "send {author, text}", "fields", "author, text");
        }
        Actors.requireOwnMemo(security, project.memos(), id);
        project.memos().update(id, Actors.claimed(security, m.author()), m.text());
        return Response.noContent().build();
    }

    /** Deletes a memo without a trace: the change log keeps that it was deleted and by whom. */
    @DELETE
    @Path("memos/{id}")
    @Requires(Permission.MEMO_OWN)
    public Response delete(@PathParam("id") long id, @QueryParam("actor") String actor) {
        Actors.requireOwnMemo(security, project.memos(), id);
        project.deletions().memo(id, Actors.or(security, actor));
        return Response.noContent().build();
    }

    @GET
    @Path("changes")
    @Requires(Permission.READ)
    public List<Store.LoggedChange> changes(@QueryParam("limit") @DefaultValue("100") int limit) {
        return project.store().recentChanges(Math.max(1, Math.min(limit, 1000)));
    }
}
