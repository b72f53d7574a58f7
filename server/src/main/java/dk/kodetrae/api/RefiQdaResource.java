package dk.kodetrae.api;

import dk.kodetrae.message.Message;
import dk.kodetrae.project.Project;
import dk.kodetrae.refiqda.RefiQda;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import dk.kodetrae.transcript.ImportOptions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * REFI-QDA: {@code POST /refi-qda} imports one {@code .qdpx} project or {@code .qdc} codebook (multipart part
 * {@code file}), all or nothing, and answers the report ({@code async=true}: {@code 202 {job}});
 * {@code GET /refi-qda/project.qdpx} and {@code GET /refi-qda/codebooks/{id}.qdc} download exports.
 */
@Path("refi-qda")
public final class RefiQdaResource {
    private static final String QDPX_TYPE = "application/zip";

    private final Project project;
    @Context
    private SecurityContext security;
    private final Jobs jobs;

    @Inject
    public RefiQdaResource(Project project, Jobs jobs) {
        this.project = project;
        this.jobs = jobs;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Permission.IMPORT)
    public Response upload(FormDataMultiPart form, @QueryParam("async") @DefaultValue("false") boolean async,
                           @QueryParam("actor") String actor) {
        FormDataBodyPart part = form == null ? null : form.getField("file");
        if (part == null) {
            throw ApiError.badRequest("refiqda.noFile", "send the .qdpx or .qdc file as a multipart part named 'file'");
        }
        String name = part.getContentDisposition().getFileName();
        if (name == null || !RefiQda.handles(name)) {
            throw ApiError.badRequest("refiqda.notRefiQda", "the file must be a REFI-QDA project (.qdpx) or codebook"
                    + " (.qdc), got '" + name + "'", "file", name);
        }
        byte[] bytes = read(part, name);
        ImportOptions options = ImportOptions.defaults().withActor(Actors.or(security, actor));
        if (!async) {
            return Response.ok(RefiQda.importFile(project, name, bytes, options)).build();
        }
        long id = jobs.submit(project, "import", progress -> {
            progress.update(0, 1, name);
            return RefiQda.importFile(project, name, bytes, options);
        });
        return Response.accepted(Map.of("job", id)).build();
    }

    private static byte[] read(FormDataBodyPart part, String name) {
        try (InputStream in = part.getValueAs(InputStream.class)) {
            byte[] bytes = in.readNBytes((int) ImportResource.MAX_UPLOAD_BYTES + 1);
            if (bytes.length > ImportResource.MAX_UPLOAD_BYTES) {
                long mb = ImportResource.MAX_UPLOAD_BYTES / (1024 * 1024);
                throw new ApiError(Response.Status.REQUEST_ENTITY_TOO_LARGE, Message.of("upload.tooLarge",
                        "the upload is larger than " + mb + " MB; import it with 'kodetrae import-qdpx'", "mb", mb));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload of " + name, e);
        }
    }

    @GET
    @Path("project.qdpx")
    @Produces(QDPX_TYPE)
    @Requires(Permission.EXPORT)
    public Response exportProject(@QueryParam("actor") String actor) {
        String name = project.directory().toAbsolutePath().getFileName().toString();
        return Response.ok(RefiQda.exportProject(project, name, Actors.or(security, actor)), QDPX_TYPE)
                .header("Content-Disposition", "attachment; filename=\"kodetrae-projekt.qdpx\"").build();
    }

    @GET
    @Path("codebooks/{id}.qdc")
    @Produces(MediaType.APPLICATION_XML)
    @Requires(Permission.READ)
    public Response exportCodebook(@PathParam("id") String id) {
        return Response.ok(RefiQda.exportCodebook(project, id), MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"" + id + ".qdc\"").build();
    }
}
