package dk.kodetrae.api;

import dk.kodetrae.project.Project;
import dk.kodetrae.round.Consensus;
import dk.kodetrae.round.Decision;
import dk.kodetrae.round.NewRound;
import dk.kodetrae.round.Round;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Independent coding rounds: open (blind for every reader from the moment it answers), list, close (reveals all),
 * and consensus decisions on a closed round. A 201 or 200 answer to a write means it is committed to disk. Opening,
 * closing and deciding are the researcher's (the codebook right); reading is every member's.
 */
@Path("rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class RoundsResource {
    private final Project project;
    @Context
    private SecurityContext security;

    @Inject
    public RoundsResource(Project project) {
        this.project = project;
    }

    /** The body of {@code POST /rounds}. */
    public record Open(String name, String codebookId, List<Long> codeIds, List<Long> documentIds,
                       List<String> coders, boolean showAuto, String consensusCoder, String actor) {
    }

    /** Who closes a round. */
    public record By(String actor) {
    }

    /** The body of {@code POST /rounds/{id}/decisions}. */
    public record Decide(long documentId, long codeId, String decision, Long codingId, Integer start, Integer end,
                         String actor) {
    }

    /** A round with whether it is still open. */
    public record RoundView(long id, String name, String codebookId, List<Long> codeIds, List<Long> documentIds,
                            List<String> coders, boolean showAuto, String consensusCoder, String openedBy,
                            String openedAt, String closedBy, String closedAt, boolean open) {
        static RoundView of(Round r) {
            return new RoundView(r.id(), r.name(), r.codebookId(), r.codeIds(), r.documentIds(), r.coders(),
                    r.showAuto(), r.consensusCoder(), r.openedBy(), r.openedAt(), r.closedBy(), r.closedAt(),
                    r.open());
        }
    }

    @POST
    @Requires(Permission.CODEBOOK)
    public Response open(Open o) {
        if (o == null) {
            throw ApiError.badRequest("body.fields", "send {name, codebookId, documentIds, coders, codeIds?, showAuto?,"
                    + " consensusCoder?, actor}", "fields", "name, codebookId, documentIds, coders");
        }
        Round round = project.rounds().open(new NewRound(o.name(), o.codebookId(), o.codeIds(), o.documentIds(),
                o.coders(), o.showAuto(), o.consensusCoder()), Actors.or(security, o.actor()));
        return Response.status(Response.Status.CREATED).entity(RoundView.of(round)).build();
    }

    /** Every round, newest first. */
    @GET
    @Requires(Permission.READ)
    public List<RoundView> list() {
        return project.rounds().list().stream().map(RoundView::of).toList();
    }

    @GET
    @Path("{id}")
    @Requires(Permission.READ)
    public RoundView get(@PathParam("id") long id) {
        return RoundView.of(project.rounds().get(id));
    }

    @POST
    @Path("{id}/close")
    @Requires(Permission.CODEBOOK)
    public RoundView close(@PathParam("id") long id, By by) {
        return RoundView.of(project.rounds().close(id, Actors.or(security, by == null ? null : by.actor())));
    }

    /** The round's consensus decisions, in the order they were made. */
    @GET
    @Path("{id}/decisions")
    @Requires(Permission.READ)
    public List<Decision> decisions(@PathParam("id") long id) {
        project.rounds().get(id);
        return project.consensus().decisions(id);
    }

    /** Resolves one disagreement: take a coder's coding, adjust the passage, or drop it. */
    @POST
    @Path("{id}/decisions")
    @Requires(Permission.CODEBOOK)
    public Response decide(@PathParam("id") long id, Decide d) {
        if (d == null) {
            throw ApiError.badRequest("body.fields", "send {documentId, codeId, decision, codingId | start, end, actor}",
                    "fields", "documentId, codeId, decision");
        }
        Decision made = project.consensus().decide(id, new Consensus.Request(d.documentId(), d.codeId(),
                d.decision(), d.codingId(), d.start(), d.end()), Actors.or(security, d.actor()));
        return Response.status(Response.Status.CREATED).entity(made).build();
    }
}
