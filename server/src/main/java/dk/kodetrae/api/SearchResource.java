package dk.kodetrae.api;

import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchRequest;
import dk.kodetrae.search.SearchResult;
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
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code GET /search?q=…&where=kommune:A&where=ressourceteam:ja&speaker=respondent&unit=sentence&offset=0&limit=50}.
 * Same query language and filters as {@code kodetrae search}.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public final class SearchResource {
    private final Project project;
    private final Searches searches;

    @Inject
    public SearchResource(Project project, Searches searches) {
        this.project = project;
        this.searches = searches;
    }

    /** Answered from a search thread (see {@link Searches}); the parameters are checked on the HTTP worker. */
    @GET
    @Requires(Permission.SEARCH)
    public void search(@Suspended AsyncResponse response,
                               @QueryParam("q") @DefaultValue("") String q,
                               @QueryParam("where") List<String> where,
                               @QueryParam("speaker") String speaker,
                               @QueryParam("unit") @DefaultValue("sentence") String unit,
                               @QueryParam("order") @DefaultValue("relevance") String order,
                               @QueryParam("offset") @DefaultValue("0") int offset,
                               @QueryParam("limit") @DefaultValue("50") int limit) {
        SearchRequest request = SearchRequest.of(q).withWhere(filters(where)).withUnit(Unit.of(unit))
                .withOrder(order(order)).withPage(offset, limit);
        if (speaker != null && !speaker.isBlank()) {
            request = request.withSpeaker(SpeakerRole.of(speaker));
        }
        SearchRequest checked = request;
        searches.answer(response, () -> project.index().search(checked));
    }

    private static SearchRequest.Order order(String order) {
        try {
            return SearchRequest.Order.valueOf(order.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("search.order", "unknown order '" + order + "' (use relevance or document)", "got", order);
        }
    }

    /** {@code name:value} filters; repeated names are alternatives. */
    static Map<String, Set<String>> filters(List<String> where) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String w : where) {
            int colon = w.indexOf(':');
            if (colon <= 0) {
                throw ApiError.badRequest("search.where", "where must be ATTRIBUTE:VALUE, got '" + w + "'", "got", w);
            }
            out.computeIfAbsent(w.substring(0, colon), k -> new LinkedHashSet<>()).add(w.substring(colon + 1));
        }
        return out;
    }
}
