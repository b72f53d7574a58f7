package dk.kodetrae.api;

import dk.kodetrae.corpus.Attribute;
import dk.kodetrae.project.Project;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
final class ProjectResource {
    private final Project project;

    ProjectResource(Project project) {
        this.project = project;
    }

    record ProjectInfo(String name, int documents, Map<String, Integer> units) {
    }

    record AttributeInfo(String name, String type, Map<String, Integer> values) {
    }

    record ReindexResult(int documents, Map<String, Integer> units, long millis) {
    }

    @GET
    @Path("project")
    public ProjectInfo project() {
        return new ProjectInfo(project.directory().getFileName().toString(), project.corpus().documents().size(),
                units());
    }

    @GET
    @Path("attributes")
    public List<AttributeInfo> attributes() {
        Map<String, Map<String, Integer>> counts = project.corpus().attributeValueCounts();
        return project.corpus().attributes().stream()
                .map((Attribute a) -> new AttributeInfo(a.name(), a.type().id(), counts.getOrDefault(a.name(), Map.of())))
                .toList();
    }

    @POST
    @Path("reindex")
    public ReindexResult reindex() {
        long started = System.nanoTime();
        project.index().rebuild(dk.kodetrae.search.SearchIndex.Progress.NONE);
        return new ReindexResult(project.corpus().documents().size(), units(), (System.nanoTime() - started) / 1_000_000);
    }

    private Map<String, Integer> units() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        project.index().unitCounts().forEach((unit, n) -> out.put(unit.id(), n));
        return out;
    }
}
