package dk.kodetrae.api;

import dk.kodetrae.team.Audit;
import dk.kodetrae.team.AuditEntry;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import dk.kodetrae.team.TeamWorkspace;
import dk.kodetrae.team.Workspace;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A team server's audit log, for admins: {@code GET /audit?limit=100&before=SEQ} newest first, and
 * {@code GET /audit/csv} the whole log as a CSV download. A personal server keeps none.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {
    static final int MAX_LIMIT = 1000;

    private final Workspace workspace;

    @Inject
    public AuditResource(Workspace workspace) {
        this.workspace = workspace;
    }

    @GET
    @Requires(Permission.ADMIN)
    public List<AuditEntry> recent(@QueryParam("limit") @DefaultValue("100") int limit,
                                   @QueryParam("before") @DefaultValue("9223372036854775807") long before) {
        return audit().recent(Math.max(1, Math.min(limit, MAX_LIMIT)), before);
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Requires(Permission.ADMIN)
    public Response csv() {
        List<AuditEntry> all = audit().recent(Integer.MAX_VALUE, Long.MAX_VALUE);
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            Audit.writeCsv(all, w);
            w.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    private Audit audit() {
        if (workspace instanceof TeamWorkspace team) {
            return team.audit();
        }
        throw ApiError.notFound("team.personalServer", "this is a personal server: it keeps no audit log");
    }
}
