package dk.kodetrae.api;

import dk.kodetrae.corpus.Attribute;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.IndexHealth;
import dk.kodetrae.search.SearchIndex;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectResource {
    private final Project project;
    private final Jobs jobs;

    @Inject
    public ProjectResource(Project project, Jobs jobs) {
        this.project = project;
        this.jobs = jobs;
    }

    /** @param index whether the search index holds every document, and what it did on open (see IndexHealth) */
    public record ProjectInfo(String name, int documents, Map<String, Integer> units, IndexHealth index) {
    }

    public record AttributeInfo(String name, String type, Map<String, Integer> values) {
    }

    public record ReindexResult(int documents, Map<String, Integer> units, long millis, IndexHealth index) {
    }

    @GET
    @Path("project")
    @Requires(Permission.READ)
    public ProjectInfo project() {
        return new ProjectInfo(project.directory().getFileName().toString(), project.corpus().documents().size(),
                units(), project.index().health());
    }

    @GET
    @Path("attributes")
    @Requires(Permission.READ)
    public List<AttributeInfo> attributes() {
        Map<String, Map<String, Integer>> counts = project.corpus().attributeValueCounts();
        return project.corpus().attributes().stream()
                .map((Attribute a) -> new AttributeInfo(a.name(), a.type().id(), counts.getOrDefault(a.name(), Map.of())))
                .toList();
    }

    /** Rebuilds the index; with {@code async=true} answers {@code 202 {job}} at once and reports progress there. */
    @POST
    @Path("reindex")
    @Requires(Permission.IMPORT)
    public Response reindex(@QueryParam("async") @DefaultValue("false") boolean async) {
        if (!async) {
            return Response.ok(rebuild(SearchIndex.Progress.NONE)).build();
        }
        long id = jobs.submit(project, "reindex", progress -> rebuild((done, total) -> progress.update(done, total, "")));
        return Response.accepted(Map.of("job", id)).build();
    }

    private ReindexResult rebuild(SearchIndex.Progress progress) {
        long started = System.nanoTime();
        project.index().rebuild(progress);
        return new ReindexResult(project.corpus().documents().size(), units(), (System.nanoTime() - started) / 1_000_000,
                project.index().health());
    }

    private Map<String, Integer> units() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        project.index().unitCounts().forEach((unit, n) -> out.put(unit.id(), n));
        return out;
    }
}
