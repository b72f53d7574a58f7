package dk.kodetrae.api;

import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import dk.kodetrae.transcript.AttributeEdit;
import dk.kodetrae.transcript.Importer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public final class DocumentsResource {
    private final Project project;
    @Context
    private SecurityContext security;

    @Inject
    public DocumentsResource(Project project) {
        this.project = project;
    }

    public record DocumentSummary(long id, String name, String language, int length, int turns, int sentences,
                           Map<String, String> attributes) {
    }

    /**
     * One document with its text. Turn and sentence spans are UTF-16 code-unit offsets into {@code text}, end
     * exclusive: JavaScript's {@code text.slice(start, end)} yields the unit.
     */
    public record DocumentView(long id, String name, String language, Map<String, String> attributes, String text,
                        List<Turn> turns, List<Sentence> sentences) {
    }

    @GET
    @Requires(Permission.READ)
    public List<DocumentSummary> list() {
        Map<Long, Corpus.UnitCounts> counts = project.corpus().unitCounts();
        return project.corpus().documents().stream().map(d -> {
            Corpus.UnitCounts c = counts.getOrDefault(d.id(), new Corpus.UnitCounts(0, 0));
            return new DocumentSummary(d.id(), d.name(), d.language(), d.length(), c.turns(), c.sentences(),
                    d.attributes());
        }).toList();
    }

    @GET
    @Path("{id}")
    @Requires(Permission.READ)
    public DocumentView get(@PathParam("id") String id) {
        Document d = find(project, id);
        Corpus corpus = project.corpus();
        return new DocumentView(d.id(), d.name(), d.language(), d.attributes(), corpus.text(d.id()),
                corpus.turns(d.id()), corpus.sentences(d.id()));
    }

    /** The document's codings that are not rejected, in text order, with their origin and review state. */
    @GET
    @Path("{id}/codings")
    @Requires(Permission.READ)
    public List<CodingView> codings(@PathParam("id") String id) {
        return CodingView.of(project.codings().forDocument(find(project, id).id()));
    }

    /** The body of {@code PUT /documents/{id}/attributes/{name}}: an empty value removes the attribute. */
    public record AttributeValue(String value, String actor) {
    }

    /**
     * Sets one attribute of one document, checked as an import's manifest cell ({@code name} may declare a new
     * attribute's type: {@code alder:number}); all or nothing, recorded in the change log.
     */
    @PUT
    @Path("{id}/attributes/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.IMPORT)
    public AttributeEdit setAttribute(@PathParam("id") String id, @PathParam("name") String name,
                                      AttributeValue body) {
        if (body == null || body.value() == null) {
            throw ApiError.badRequest("body.fields",
                    "send {\"value\": \"...\", \"actor\": \"...\"}; an empty value removes the attribute",
                    "fields", "value, actor");
        }
        Document d = find(project, id);
        return project.editAttributes(Actors.or(security, body.actor()), edit -> edit.set(d.name(), name, body.value()));
    }

    /** Applies a manifest (multipart part {@code manifest}, the import's CSV format) to documents in the project. */
    @POST
    @Path("attributes")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Requires(Permission.IMPORT)
    public AttributeEdit applyManifest(FormDataMultiPart form, @QueryParam("actor") String actor) {
        FormDataBodyPart part = form == null ? null : form.getField("manifest");
        if (part == null) {
            throw ApiError.badRequest("attributes.noManifest",
                    "expected multipart/form-data with a 'manifest' part (a CSV file)");
        }
        Importer.Source manifest = ImportResource.source(part, new long[1]);
        return project.editAttributes(Actors.or(security, actor), edit -> edit.apply(manifest));
    }

    /** A document by numeric id or by name. */
    static Document find(Project project, String idOrName) {
        Corpus corpus = project.corpus();
        var byId = idOrName.chars().allMatch(Character::isDigit) && !idOrName.isEmpty()
                ? corpus.document(Long.parseLong(idOrName)) : java.util.Optional.<Document>empty();
        return byId.or(() -> corpus.documentNamed(idOrName))
                .orElseThrow(() -> ApiError.notFound("document.notFound", "no document '" + idOrName + "'", "document", idOrName));
    }
}
