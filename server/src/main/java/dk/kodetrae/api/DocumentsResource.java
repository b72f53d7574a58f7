package dk.kodetrae.api;

import dk.kodetrae.coding.Coding;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Replacement;
import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.deletion.Deleted;
import dk.kodetrae.project.Project;
import dk.kodetrae.revision.Revision;
import dk.kodetrae.revision.Version;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import dk.kodetrae.transcript.AttributeEdit;
import dk.kodetrae.transcript.EditedTranscript;
import dk.kodetrae.transcript.Importer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
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
                        List<Turn> turns, List<Sentence> sentences, int version) {
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
        Corpus.Versioned text = project.revisions().current(d.id());
        return new DocumentView(d.id(), d.name(), d.language(), d.attributes(), text.text(),
                corpus.turns(d.id()), corpus.sentences(d.id()), text.version());
    }

    /** The document's codings that are not rejected, in text order, with their origin and review state. */
    @GET
    @Path("{id}/codings")
    @Requires(Permission.READ)
    public List<CodingView> codings(@PathParam("id") String id, @Context ContainerRequestContext request) {
        long documentId = find(project, id).id();
        return CodingView.of(project.codings().forDocument(documentId, Viewers.of(request)),
                project.codings().flagged(documentId));
    }

    /**
     * The body of {@code POST /documents/{id}/edits}: replacements of ranges of the current text (UTF-16 code
     * units, end exclusive) and, to guard against editing a text that changed meanwhile, the version they were
     * made on.
     */
    public record EditBody(Integer version, String actor, List<Replacement> replacements) {
    }

    /** Edits the document's text; its codings, turns, sentences and the index follow (docs/OFFSETS.md). */
    @POST
    @Path("{id}/edits")
    @Requires(Permission.IMPORT)
    @Consumes(MediaType.APPLICATION_JSON)
    public Revision edit(@PathParam("id") String id, EditBody body) {
        if (body == null || body.replacements() == null) {
            throw ApiError.badRequest("body.fields", "send {\"version\": n, \"actor\": \"...\", \"replacements\":"
                    + " [{\"start\": s, \"end\": e, \"text\": \"...\"}]}", "fields", "version, actor, replacements");
        }
        return project.revisions().edit(find(project, id).id(), body.version(), body.replacements(),
                Actors.or(security, body.actor()));
    }

    /** The document's current version and its stored versions with their diffs, oldest first. */
    public record Versions(int current, List<Version> versions) {
    }

    @GET
    @Path("{id}/versions")
    @Requires(Permission.READ)
    public Versions versions(@PathParam("id") String id) {
        long documentId = find(project, id).id();
        return new Versions(project.revisions().current(documentId).version(),
                project.revisions().versions(documentId));
    }

    /** A document as it was at one version: its text and the turns found in it. */
    public record VersionText(long documentId, int version, String text, List<Turn> turns) {
    }

    @GET
    @Path("{id}/versions/{version}")
    @Requires(Permission.READ)
    public VersionText version(@PathParam("id") String id, @PathParam("version") int version) {
        long documentId = find(project, id).id();
        String text = project.revisions().textAt(documentId, version);
        return new VersionText(documentId, version, text, EditedTranscript.units(text).turns());
    }

    /** Purges the document's earlier versions: only its current text is kept. */
    @DELETE
    @Path("{id}/versions")
    @Requires(Permission.DELETE)
    public Map<String, Integer> purgeVersions(@PathParam("id") String id, @QueryParam("actor") String actor) {
        return Map.of("purged", project.revisions().purge(find(project, id).id(), Actors.or(security, actor)));
    }

    /**
     * Deletes the document without a trace: its codings, memos and versions with it, its words purged from the
     * index and the store's files; the change log keeps that it was deleted and by whom, not its name or text.
     */
    @DELETE
    @Path("{id}")
    @Requires(Permission.DELETE)
    public Deleted delete(@PathParam("id") String id, @QueryParam("actor") String actor) {
        return project.deletions().document(find(project, id).id(), Actors.or(security, actor));
    }

    /**
     * Codings for a reader of a document that has very many: 200,000 were 51 MB of JSON and took the reader over
     * 100 s. At most {@code limit} of them, in text order, from the first that ends after {@code from}.
     *
     * @param total   all the document's codings (not rejected)
     * @param from    where the page starts, as asked
     * @param to      up to where the page holds every coding that starts: the start of the first one left out, or
     *                the text's length when none is
     * @param codings the page's codings
     */
    public record CodingPage(int total, int from, int to, List<CodingView> codings) {
    }

    /** At most {@link #MAX_CODING_PAGE} codings are given in one page. */
    static final int MAX_CODING_PAGE = 50_000;

    @GET
    @Path("{id}/codings/page")
    @Requires(Permission.READ)
    public CodingPage codingPage(@PathParam("id") String id, @QueryParam("from") @DefaultValue("0") int from,
                                 @QueryParam("limit") @DefaultValue("20000") int limit,
                                 @Context ContainerRequestContext request) {
        if (from < 0 || limit < 1 || limit > MAX_CODING_PAGE) {
            throw ApiError.badRequest("codingPage.invalid", "a page of codings needs from >= 0 and 1 <= limit <= "
                    + MAX_CODING_PAGE, "max", MAX_CODING_PAGE);
        }
        Document d = find(project, id);
        List<Coding> all = project.codings().forDocument(d.id(), Viewers.of(request));
        List<Coding> after = all.stream().filter(k -> k.span().end() > from).toList();
        List<Coding> page = after.subList(0, Math.min(limit, after.size()));
        int to = page.size() < after.size() ? after.get(page.size()).span().start() : d.length();
        return new CodingPage(all.size(), from, to, CodingView.of(page, project.codings().flagged(d.id())));
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
