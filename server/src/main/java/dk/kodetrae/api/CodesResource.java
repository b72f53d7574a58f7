package dk.kodetrae.api;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.CodeEdit;
import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.coding.AutoCoder;
import dk.kodetrae.coding.Retrieval;
import dk.kodetrae.coding.Viewer;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One code: edit, delete (after asking its impact), merge, its passages, and its auto-coding rule. */
@Path("codes/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CodesResource {
    private final Project project;
    private final Searches searches;
    @Context
    private SecurityContext security;

    @Inject
    public CodesResource(Project project, Searches searches) {
        this.project = project;
        this.searches = searches;
    }

    /** A merge request: the survivor's id. */
    public record Merge(long into, String actor) {
    }

    /** Who triggers a write that has no other body. */
    public record By(String actor) {
    }

    @GET
    @Requires(Permission.READ)
    public Code get(@PathParam("id") long id) {
        return project.codebooks().code(id);
    }

    @PATCH
    @Requires(Permission.CODEBOOK)
    public Code edit(@PathParam("id") long id, CodeEdit edit, @QueryParam("actor") String actor) {
        if (edit == null) {
            throw ApiError.badRequest("body.fields", "send the fields to change, e.g. {\"name\": \"…\"}", "fields", "name, color, parentId");
        }
        return project.codebooks().edit(id, edit, Actors.or(security, actor));
    }

    @GET
    @Path("impact")
    @Requires(Permission.READ)
    public Codebooks.Impact impact(@PathParam("id") long id) {
        return project.codebooks().impact(id);
    }

    /**
     * Deletes the code with its sub-codes and codings: a step of the actor's undo history, or with {@code purge}
     * without a trace (not undoable; names erased from the change log and the undo history, the files scrubbed).
     */
    @DELETE
    @Requires(Permission.DELETE)
    public Map<String, Integer> delete(@PathParam("id") long id, @QueryParam("actor") String actor,
                                       @QueryParam("purge") @DefaultValue("false") boolean purge) {
        String who = Actors.or(security, actor);
        return Map.of("deletedCodings", purge ? project.deletions().code(id, who).codings()
                : project.codebooks().delete(id, who));
    }

    @POST
    @Path("merge")
    @Requires(Permission.CODEBOOK)
    public Map<String, Integer> merge(@PathParam("id") long id, Merge merge) {
        if (merge == null) {
            throw ApiError.badRequest("body.fields", "send {\"into\": <code id>}", "fields", "into");
        }
        return Map.of("movedCodings", project.codebooks().merge(id, merge.into(), Actors.or(security, merge.actor())));
    }

    @GET
    @Path("passages")
    @Requires(Permission.READ)
    public Retrieval.Page passages(@PathParam("id") long id,
                                   @QueryParam("sub") @DefaultValue("true") boolean withSubcodes,
                                   @QueryParam("where") List<String> where, @QueryParam("speaker") String speaker,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("50") int limit,
                                   @QueryParam(CodingFilterParam.NAME) @DefaultValue("reviewed") String codings,
                                   @Context ContainerRequestContext request) {
        // An id that is no code here is a 404, as everywhere: not an empty page that looks like a code's.
        project.codebooks().code(id);
        return project.retrieval().codePassages(id, withSubcodes, filter(where, speaker, offset, limit, codings,
                Viewers.of(request)));
    }

    /** What the code's rule would code ({@link AutoCoder.Preview}); the rule is a query, run as searches are. */
    @GET
    @Path("autocode")
    @Requires(Permission.READ)
    public void preview(@Suspended AsyncResponse response, @PathParam("id") long id) {
        searches.answer(response, () -> project.autoCoder().preview(id));
    }

    /** Applies the code's rule ({@link AutoCoder.Result}); its query runs as searches are. */
    @POST
    @Path("autocode")
    @Requires(Permission.CODEBOOK)
    public void apply(@Suspended AsyncResponse response, @PathParam("id") long id, By by) {
        String actor = Actors.or(security, by == null ? null : by.actor());
        searches.answer(response, () -> project.autoCoder().apply(id, actor));
    }

    static Retrieval.Filter filter(List<String> where, String speaker, int offset, int limit, String codings,
                                   Viewer viewer) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw ApiError.badRequest("page.invalid", "page must have offset >= 0 and 1 <= limit <= 1000", "max", 1000);
        }
        Optional<SpeakerRole> role = speaker == null || speaker.isBlank() ? Optional.empty()
                : Optional.of(SpeakerRole.of(speaker));
        return new Retrieval.Filter(SearchResource.filters(where), role, offset, limit, CodingFilterParam.of(codings),
                viewer);
    }
}
