package dk.kodetrae.api;

import dk.kodetrae.agreement.AgreementTable;
import dk.kodetrae.agreement.Disagreements;
import dk.kodetrae.agreement.Report;
import dk.kodetrae.agreement.Request;
import dk.kodetrae.agreement.Unit;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.export.ExportFormat;
import dk.kodetrae.export.TableFile;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /agreement?coders=anna,bo&documents=1,2&codebook=…&unit=characters&codings=manual&minUses=10}: the
 * coders' agreement per code and over all codes (percent, Cohen's κ per pair, Fleiss' κ for three or more, α, αu).
 * Without {@code documents}, every document; without {@code codes} (ids) or {@code codebook}, the project's default
 * codebook; {@code round=R} takes the round's documents, codes and coders ({@code coders} then picks some of them).
 * {@code POST /agreement} takes the same as a JSON body; {@code GET /agreement/export?format=xlsx} gives the table as
 * a file. {@code GET /agreement/disagreements?code=7&coders=anna,bo&documents=…&context=80}: the passages where the
 * coders differ on one code. Lists are given comma-separated or by repeating the parameter. An open round's coders
 * are not compared on its documents (409 {@code agreement.roundOpen}).
 */
@Path("agreement")
@Produces(MediaType.APPLICATION_JSON)
public final class AgreementResource {
    private final Project project;

    @Inject
    public AgreementResource(Project project) {
        this.project = project;
    }

    /** The request of {@code POST /agreement}; absent fields as for {@code GET}. */
    public record Body(Long round, List<String> coders, List<Long> documents, List<Long> codes, String codebook,
                       String unit, String codings, Integer minimumUses) {
    }

    @GET
    @Requires(Permission.COMPARE)
    public Report agreement(@QueryParam("round") Long round, @QueryParam("coders") List<String> coders,
                            @QueryParam("documents") List<String> documents,
                            @QueryParam("codes") List<String> codes, @QueryParam("codebook") String codebook,
                            @QueryParam("unit") String unit,
                            @QueryParam(CodingFilterParam.NAME) @DefaultValue("manual") String codings,
                            @QueryParam("minUses") @DefaultValue("" + Request.DEFAULT_MINIMUM_USES) int minUses) {
        return compute(new Body(round, names(coders), ids("documents", documents), ids("codes", codes), codebook,
                unit, codings, minUses));
    }

    @POST
    @Requires(Permission.COMPARE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Report agreement(Body body) {
        if (body == null) {
            throw ApiError.badRequest("agreement.bodyRequired", "a JSON body with coders (and documents, codes or"
                    + " codebook, unit) is required");
        }
        return compute(body);
    }

    @GET
    @Path("export")
    @Requires(Permission.EXPORT)
    @Produces(MediaType.WILDCARD)
    public Response export(@QueryParam("round") Long round, @QueryParam("coders") List<String> coders,
                           @QueryParam("documents") List<String> documents,
                           @QueryParam("codes") List<String> codes, @QueryParam("codebook") String codebook,
                           @QueryParam("unit") String unit,
                           @QueryParam(CodingFilterParam.NAME) @DefaultValue("manual") String codings,
                           @QueryParam("minUses") @DefaultValue("" + Request.DEFAULT_MINIMUM_USES) int minUses,
                           @QueryParam("format") @DefaultValue("xlsx") String format) {
        ExportFormat f = tableFormat(format);
        TableFile table = AgreementTable.of(agreement(round, coders, documents, codes, codebook, unit, codings,
                minUses));
        StreamingOutput body = out -> table.write(f, out);
        return Response.ok(body, f.mediaType()).header("Content-Disposition",
                "attachment; filename=\"kodetrae-agreement." + f.extension() + "\"").build();
    }

    @GET
    @Path("disagreements")
    @Requires(Permission.COMPARE)
    public Disagreements disagreements(@QueryParam("round") Long round, @QueryParam("code") Long code,
                                       @QueryParam("coders") List<String> coders,
                                       @QueryParam("documents") List<String> documents,
                                       @QueryParam(CodingFilterParam.NAME) @DefaultValue("manual") String codings,
                                       @QueryParam("context") @DefaultValue("" + Disagreements.DEFAULT_CONTEXT)
                                       int context) {
        if (code == null) {
            throw ApiError.badRequest("agreement.codeRequired", "code is required: the id of the code whose"
                    + " disagreements to list");
        }
        CodingFilter filter = CodingFilterParam.of(codings);
        return project.agreement().disagreements(round == null
                ? new Disagreements.Request(code, ids("documents", documents), names(coders), filter, context)
                : Disagreements.Request.of(project.rounds().get(round), code, names(coders), filter, context));
    }

    private Report compute(Body body) {
        return project.agreement().compute(request(body));
    }

    private Request request(Body body) {
        List<String> coders = body.coders() == null ? List.of() : body.coders();
        Unit unit = Unit.of(body.unit());
        CodingFilter codings = CodingFilterParam.of(body.codings() == null ? "manual" : body.codings());
        int minimumUses = body.minimumUses() == null ? Request.DEFAULT_MINIMUM_USES : body.minimumUses();
        if (body.round() != null) {
            return Request.of(project.rounds().get(body.round()), coders, unit, codings, minimumUses);
        }
        List<Long> codes = body.codes() == null ? List.of() : body.codes();
        String codebook = codes.isEmpty() ? project.settings().codebook(body.codebook()) : body.codebook();
        return new Request(body.documents() == null ? List.of() : body.documents(), coders, codes, codebook, unit,
                codings, minimumUses);
    }

    private static ExportFormat tableFormat(String format) {
        if (!List.of("csv", "csv-semicolon", "xlsx", "docx").contains(format)) {
            throw ApiError.badRequest("agreement.format", "format must be csv, csv-semicolon, xlsx or docx, got '"
                    + format + "'", "got", format);
        }
        return ExportFormat.of(format);
    }

    /** Values given comma-separated, by repeating the parameter, or both. */
    private static List<String> names(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static List<Long> ids(String param, List<String> values) {
        List<Long> out = new ArrayList<>();
        for (String v : names(values)) {
            try {
                out.add(Long.parseLong(v));
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("agreement.id", param + " must be ids separated by commas, got '" + v + "'",
                        "param", param, "got", v);
            }
        }
        return out;
    }
}
