package dk.kodetrae.api;

import dk.kodetrae.message.Message;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.ImportReport;
import dk.kodetrae.transcript.Importer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * {@code POST /import}: multipart with one or more {@code files} parts and an optional {@code manifest} part.
 * Answers with the {@link ImportReport}, or with {@code 202 {job}} when {@code async=true}.
 */
@Path("import")
@Produces(MediaType.APPLICATION_JSON)
public final class ImportResource {
    /** Uploads larger than this in total are refused with 413. */
    static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    private final Project project;
    @Context
    private SecurityContext security;
    private final Jobs jobs;

    @Inject
    public ImportResource(Project project, Jobs jobs) {
        this.project = project;
        this.jobs = jobs;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Requires(Permission.IMPORT)
    public Response upload(FormDataMultiPart form, @QueryParam("async") @DefaultValue("false") boolean async) {
        if (form == null) {
            throw ApiError.badRequest("import.noFiles", "expected multipart/form-data with 'files' parts");
        }
        List<Importer.Source> files = new ArrayList<>();
        long[] total = {0};
        for (FormDataBodyPart part : Optional.ofNullable(form.getFields("files")).orElse(List.of())) {
            files.add(source(part, total));
        }
        FormDataBodyPart manifestPart = form.getField("manifest");
        Optional<Importer.Source> manifest = Optional.ofNullable(manifestPart).map(p -> source(p, total));
        if (files.isEmpty()) {
            throw ApiError.badRequest("import.noFiles", "no files uploaded (send them as multipart parts named 'files')");
        }
        ImportOptions options = ImportOptions.defaults().withActor(Actors.or(security, null));
        if (!async) {
            return Response.ok(project.importSources(files, manifest, options, Importer.Progress.NONE)).build();
        }
        long id = jobs.submit(project, "import", progress -> project.importSources(files, manifest, options,
                (done, all, file) -> progress.update(done, all, file)));
        return Response.accepted(Map.of("job", id)).build();
    }

    /**
     * The part's file name as the browser sent it. Browsers send UTF-8 (RFC 7578), but the multipart parser reads
     * header bytes as ISO-8859-1, which made {@code Østerbro.txt} into {@code Ã\u0098sterbro.txt}: its characters
     * are those bytes, and decoded as UTF-8 they give the name back. A name that is not UTF-8 stays as it was read.
     */
    static String utf8(String name) {
        if (name == null || name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return name;
        }
    }

    /** An uploaded part as a source, counting its bytes into {@code total} against the upload limit. */
    static Importer.Source source(FormDataBodyPart part, long[] total) {
        String name = utf8(part.getContentDisposition().getFileName());
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest("import.noFileName", "an uploaded part '" + part.getName() + "' has no file name", "part", part.getName());
        }
        try (InputStream in = part.getValueAs(InputStream.class)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UPLOAD_BYTES - total[0] + 1));
            total[0] += bytes.length;
            if (total[0] > MAX_UPLOAD_BYTES) {
                throw new ApiError(Response.Status.REQUEST_ENTITY_TOO_LARGE, Message.of("upload.tooLarge",
                        "the upload is larger than " + MAX_UPLOAD_BYTES / (1024 * 1024)
                        + " MB; import large collections with 'kodetrae import'", "mb", MAX_UPLOAD_BYTES / (1024 * 1024)));
            }
            return new Importer.Source(name, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload of " + name, e);
        }
    }
}
