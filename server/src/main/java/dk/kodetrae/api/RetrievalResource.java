package dk.kodetrae.api;

import dk.kodetrae.coding.Retrieval;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.Unit;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /retrieve?codes=code:a AND code:b&q=…&unit=sentence&where=kommune:A&speaker=respondent}: units that
 * satisfy a code query, a text query and filters, over the codings {@code codings=manual|reviewed|all} admits
 * (reviewed by default). Same syntax as {@code kodetrae search --codes}.
 */
@Path("retrieve")
@Produces(MediaType.APPLICATION_JSON)
public final class RetrievalResource {
    private final Project project;
    private final Searches searches;

    @Inject
    public RetrievalResource(Project project, Searches searches) {
        this.project = project;
        this.searches = searches;
    }

    /** Answers a {@link Retrieval.Page} from a search thread (see {@link Searches}); parameters are checked here. */
    @GET
    @Requires(Permission.READ)
    public void retrieve(@Suspended AsyncResponse response, @QueryParam("codes") String codes,
                         @QueryParam("q") @DefaultValue("") String q,
                         @QueryParam("unit") @DefaultValue("sentence") String unit,
                         @QueryParam("where") List<String> where, @QueryParam("speaker") String speaker,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("50") int limit,
                         @QueryParam(CodingFilterParam.NAME) @DefaultValue("reviewed") String codings,
                         @Context ContainerRequestContext http) {
        if (codes == null || codes.isBlank()) {
            throw ApiError.badRequest("retrieve.codesRequired", "codes is required, e.g. codes=code:motivation AND code:team");
        }
        Unit of = Unit.of(unit);
        Retrieval.Filter filter = CodesResource.filter(where, speaker, offset, limit, codings,
                Viewers.of(http));
        searches.answer(response, () -> project.retrieval().query(codes, q, of, filter));
    }
}
