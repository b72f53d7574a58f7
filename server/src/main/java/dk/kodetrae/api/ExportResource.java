package dk.kodetrae.api;

import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.export.AttributionTemplate;
import dk.kodetrae.export.ExcerptExporter;
import dk.kodetrae.export.ExcerptSource;
import dk.kodetrae.export.ExportFormat;
import dk.kodetrae.export.ExportOptions;
import dk.kodetrae.project.Project;
import dk.kodetrae.project.Settings;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/**
 * {@code GET /export?codebook=…&codes=a,b&by=ressourceteam&where=rolle:borger&format=docx&template=…&maxChars=0
 * &codings=reviewed}: themed excerpts as a file download, of the codings the filter admits (manual, reviewed = manual
 * and accepted auto, the default, or all, where the document formats mark unreviewed auto codings); headers say how
 * many quotes from how many codings. Without {@code codebook} or {@code template}, the project's default codebook and
 * attribution template; groups are headed by the project's group labels.
 */
@Path("export")
public final class ExportResource {
    /** How many quotes the export holds; fewer than the codings when overlapping codings were merged. */
    static final String QUOTES_HEADER = "X-Kodetrae-Quotes";
    /** How many codings the export's quotes stand for. */
    static final String CODINGS_HEADER = "X-Kodetrae-Codings";
    /**
     * How many documents' quotes were left out because exports are restricted to pseudonymised documents and these
     * are not yet (0 when nothing was left out).
     */
    static final String LEFT_OUT_HEADER = "X-Kodetrae-Left-Out-Documents";

    private final Project project;

    @Inject
    public ExportResource(Project project) {
        this.project = project;
    }

    @GET
    @Requires(Permission.EXPORT)
    public Response export(@QueryParam("codebook") String codebook,
                           @QueryParam("codes") @DefaultValue("") String codes, @QueryParam("by") String by,
                           @QueryParam("where") List<String> where,
                           @QueryParam("format") @DefaultValue("docx") String format,
                           @QueryParam("template") String template,
                           @QueryParam("maxChars") @DefaultValue("0") int maxChars,
                           @QueryParam("title") @DefaultValue("Temaer og citater") String title,
                           @QueryParam("speaker") @DefaultValue("respondent") String speaker,
                           @QueryParam(CodingFilterParam.NAME) @DefaultValue("reviewed") String codings,
                           @Context ContainerRequestContext request) {
        CodingFilter filter = CodingFilterParam.of(codings);
        ExportFormat f = format(format);
        Settings.Effective settings = project.settings().effective();
        AttributionTemplate attribution = template == null ? settings.attribution() : AttributionTemplate.parse(template);
        ExportOptions options = new ExportOptions(title, attribution, maxChars, filter);
        List<String> keys = codes.isBlank() ? List.of() : List.of(codes.split(","));
        Project.Exportable exportable = project.exportable(new ExcerptSource.Selection(
                project.settings().codebook(codebook), keys, by == null || by.isBlank() ? null : by,
                SearchResource.filters(where), !"all".equals(speaker), settings.labels(), filter,
                Viewers.of(request)));
        ExcerptSource.Excerpts xs = exportable.excerpts();
        ExcerptExporter.Prepared prepared = ExcerptExporter.prepare(xs.excerpts(), xs.codeOrder(), options);
        StreamingOutput body = out -> prepared.write(f, out);
        return Response.ok(body, f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"kodetrae-uddrag." + f.extension() + "\"")
                .header(QUOTES_HEADER, prepared.summary().quotes())
                .header(CODINGS_HEADER, prepared.summary().codings())
                .header(LEFT_OUT_HEADER, exportable.leftOut().size()).build();
    }

    private static ExportFormat format(String format) {
        try {
            return ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("export.format", "format must be docx, markdown, html, csv, csv-semicolon or xlsx, got '" + format + "'", "got", format);
        }
    }
}
