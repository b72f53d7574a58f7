package dk.kodetrae.api;

import dk.kodetrae.analysis.Crosstab;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.coding.Viewer;
import dk.kodetrae.project.Project;
import dk.kodetrae.project.Settings;
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
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /compare?codebook=ressourceforloeb&by=ressourceteam&where=rolle:borger&speaker=respondent&stats=true
 * &codings=reviewed}: the crosstab of codes by groups, named by the project's group labels, counting the codings the
 * filter admits (manual, reviewed = manual and accepted auto, the default, or all); every cell also has the
 * unreviewed auto codings as their own count. Without {@code codebook}, the project's default codebook, and the
 * cluster caveat follows the project's cluster attribute. A cell's passages are {@code GET /codes/{id}/passages} with
 * the group's
 * {@code where} conditions (and the request's) and {@code speaker=respondent}.
 * {@code GET /cooccurrence?codebook=…&unit=sentence}: codes × codes in the same unit.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public final class CompareResource {
    private final Project project;
    private final Searches searches;

    @Inject
    public CompareResource(Project project, Searches searches) {
        this.project = project;
        this.searches = searches;
    }

    /**
     * Answers a {@link Crosstab.Table} from a search thread (see {@link Searches}): with statistics on, a crosstab
     * is as costly as a broad search, and it must not hold an HTTP worker meanwhile.
     */
    @GET
    @Path("compare")
    @Requires(Permission.COMPARE)
    public void compare(@Suspended AsyncResponse response, @QueryParam("codebook") String codebook,
                                  @QueryParam("by") String by, @QueryParam("where") List<String> where,
                                  @QueryParam("speaker") @DefaultValue("respondent") String speaker,
                                  @QueryParam("stats") @DefaultValue("false") boolean stats,
                                  @QueryParam("seed") @DefaultValue("20151") long seed,
                                  @QueryParam(CodingFilterParam.NAME) @DefaultValue("reviewed") String codings,
                                  @Context ContainerRequestContext http) {
        if (by == null || by.isBlank()) {
            throw ApiError.badRequest("compare.byRequired", "by is required: the attribute whose values are the groups, e.g. by=rolle");
        }
        boolean respondentOnly = switch (speaker) {
            case "respondent" -> true;
            case "all" -> false;
            default -> throw ApiError.badRequest("compare.speaker", "speaker must be respondent or all, got '" + speaker + "'", "got", speaker);
        };
        Settings.Effective settings = project.settings().effective();
        Crosstab.Request request = new Crosstab.Request(project.settings().codebook(codebook),
                project.crosstab().groupsBy(by, settings.labels()), SearchResource.filters(where), respondentOnly,
                stats, settings.clusterAttribute(), seed, CodingFilterParam.of(codings), Viewers.of(http));
        searches.answer(response, () -> project.crosstab().compute(request));
    }

    /** Answers a {@link Crosstab.Cooccurrence} from a search thread, as {@link #compare} does. */
    @GET
    @Path("cooccurrence")
    @Requires(Permission.COMPARE)
    public void cooccurrence(@Suspended AsyncResponse response, @QueryParam("codebook") String codebook,
                                              @QueryParam("unit") @DefaultValue("sentence") String unit,
                                              @QueryParam("where") List<String> where,
                                              @QueryParam("speaker") @DefaultValue("respondent") String speaker,
                                              @QueryParam(CodingFilterParam.NAME) @DefaultValue("reviewed")
                                              String codings, @Context ContainerRequestContext http) {
        String codebookId = project.settings().codebook(codebook);
        Map<String, Set<String>> filters = SearchResource.filters(where);
        CodingFilter filter = CodingFilterParam.of(codings);
        Viewer viewer = Viewers.of(http);
        searches.answer(response, () -> project.crosstab().cooccurrence(codebookId, "turn".equals(unit), filters,
                !"all".equals(speaker), filter, viewer));
    }
}
