package dk.kodetrae.api;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.Codebook;
import dk.kodetrae.codebook.CodebookFile;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;

/** Codebooks: list with their code trees, load a codebook file, export one, add a code. */
@Path("codebooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CodebooksResource {
    private final Project project;
    @Context
    private SecurityContext security;

    @Inject
    public CodebooksResource(Project project) {
        this.project = project;
    }

    /** A codebook with its codes in tree pre-order. */
    public record CodebookTree(String id, String name, String label, String description, List<Code> codes) {
    }

    /** A new code; {@code parentId} null for a top-level code. */
    public record NewCode(Long parentId, String name, String color, String actor) {
    }

    @GET
    @Requires(Permission.READ)
    public List<CodebookTree> list() {
        return project.codebooks().codebooks().stream().map(this::tree).toList();
    }

    @GET
    @Path("{id}")
    @Requires(Permission.READ)
    public CodebookTree get(@PathParam("id") String id) {
        return tree(project.codebooks().codebook(id));
    }

    /** How many codings each code of a codebook has (without its sub-codes): one request for the whole tree. */
    @GET
    @Path("{id}/counts")
    @Requires(Permission.READ)
    public Map<Long, Integer> counts(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return project.codings().countsByCode(project.codebooks().codebook(id).id(), Viewers.of(request));
    }

    private CodebookTree tree(Codebook b) {
        return new CodebookTree(b.id(), b.name(), b.label(), b.description(), project.codebooks().codes(b.id()));
    }

    @POST
    @Requires(Permission.CODEBOOK)
    public Response load(CodebookFile file, @QueryParam("actor") String actor) {
        if (file == null) {
            throw ApiError.badRequest("body.codebookFile", "send a codebook file (JSON, format kodetrae-codebook/1) as the body");
        }
        Codebook loaded = project.codebooks().load(file, Actors.or(security, actor));
        return Response.status(Response.Status.CREATED).entity(tree(loaded)).build();
    }

    @GET
    @Path("{id}/export")
    @Requires(Permission.READ)
    public Response export(@PathParam("id") String id) {
        return Response.ok(project.codebooks().export(id))
                .header("Content-Disposition", "attachment; filename=\"" + id + ".json\"").build();
    }

    @POST
    @Path("{id}/codes")
    @Requires(Permission.CODEBOOK)
    public Response add(@PathParam("id") String id, NewCode code) {
        if (code == null) {
            throw ApiError.badRequest("body.fields", "send {parentId, name, color, actor}", "fields", "parentId, name, color, actor");
        }
        Code added = project.codebooks().add(id, code.parentId(), code.name(), code.color(), Actors.or(security, code.actor()));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }
}
