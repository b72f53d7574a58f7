package dk.kodetrae.api;

import dk.kodetrae.corpus.Document;
import dk.kodetrae.project.Project;
import dk.kodetrae.pseudonym.Candidate;
import dk.kodetrae.pseudonym.Decision;
import dk.kodetrae.pseudonym.Key;
import dk.kodetrae.pseudonym.ListedName;
import dk.kodetrae.pseudonym.Pseudonyms;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/**
 * Pseudonymisation: {@code GET /pseudonyms/candidates?document=…} (every candidate in context, with its decision or
 * proposal), the project's list of names ({@code GET/POST/PUT
 * /pseudonyms/names}), decisions ({@code PUT /pseudonyms/decisions}),
 * the key file ({@code GET/PUT /pseudonyms/key}), applying them as transcript edits ({@code POST /pseudonyms/apply},
 * codings follow), re-identification of a passage ({@code POST
 * /pseudonyms/reidentify}, logged) and which documents are pseudonymised ({@code GET /pseudonyms/status}). All but
 * the status need {@link Permission#PSEUDONYMISE}: they show or change the key.
 */
@Path("pseudonyms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PseudonymsResource {
    private final Project project;

    @Inject
    public PseudonymsResource(Project project) {
        this.project = project;
    }

    /** The candidates, and which documents are pseudonymised already. */
    public record Candidates(List<Candidate> candidates, Set<Long> pseudonymised) {
    }

    @GET
    @Path("candidates")
    @Requires(Permission.PSEUDONYMISE)
    public Candidates candidates(@QueryParam("document") List<Long> documents) {
        documents.forEach(this::existing);
        return new Candidates(project.pseudonyms().candidates(documents), project.pseudonyms().pseudonymised());
    }

    @GET
    @Path("names")
    @Requires(Permission.PSEUDONYMISE)
    public List<ListedName> names() {
        return project.pseudonyms().names();
    }

    @POST
    @Path("names")
    @Requires(Permission.PSEUDONYMISE)
    public List<ListedName> addName(ListedName name, @QueryParam("actor") String actor) {
        if (name == null) {
            throw ApiError.badRequest("body.fields", "send {name, kind}: kind is person, workplace or place",
                    "fields", "name, kind");
        }
        return project.pseudonyms().addName(name, Actors.or(actor));
    }

    /** Replaces the whole list (names travel in the body, never in a URL that an audit log or a proxy keeps). */
    @PUT
    @Path("names")
    @Requires(Permission.PSEUDONYMISE)
    public List<ListedName> replaceNames(List<ListedName> names, @QueryParam("actor") String actor) {
        if (names == null) {
            throw ApiError.badRequest("body.fields", "send [{name, kind}, …]: kind is person, workplace or place",
                    "fields", "name, kind");
        }
        return project.pseudonyms().replaceNames(names, Actors.or(actor));
    }

    @PUT
    @Path("decisions")
    @Requires(Permission.PSEUDONYMISE)
    public KeySummary decide(List<Decision> decisions, @QueryParam("actor") String actor) {
        if (decisions == null || decisions.isEmpty()) {
            throw ApiError.badRequest("body.fields", "send [{original, kind, accepted, pseudonym}, …]",
                    "fields", "original, kind, accepted, pseudonym");
        }
        return summary(project.pseudonyms().decide(decisions, Actors.or(actor)));
    }

    /** Where the key is, and what it holds. */
    public record KeySummary(String file, List<ListedName> names, List<Decision> decisions) {
    }

    /** The new place of the key file. */
    public record KeyPlace(String file) {
    }

    @GET
    @Path("key")
    @Requires(Permission.PSEUDONYMISE)
    public KeySummary key() {
        return summary(project.pseudonyms().key());
    }

    @PUT
    @Path("key")
    @Requires(Permission.PSEUDONYMISE)
    public KeySummary moveKey(KeyPlace place, @QueryParam("actor") String actor) {
        if (place == null || place.file() == null || place.file().isBlank()) {
            throw ApiError.badRequest("body.fields", "send {file}: the path of the key file, outside the project",
                    "fields", "file");
        }
        project.pseudonyms().moveKeyFile(java.nio.file.Path.of(place.file()), Actors.or(actor));
        return key();
    }

    private KeySummary summary(Key key) {
        return new KeySummary(project.pseudonyms().keyFile().toString(), key.names(), key.decisions());
    }

    /** Which documents to apply the pseudonyms to (none: all), and whether to accept the open proposals first. */
    public record ApplyRequest(List<Long> documents, Boolean acceptProposed) {
    }

    /** What applying did, per document, and how many originals it replaced in all. */
    public record ApplyAnswer(List<Pseudonyms.Applied> documents, int replacements) {
    }

    @POST
    @Path("apply")
    @Requires(Permission.PSEUDONYMISE)
    public ApplyAnswer apply(ApplyRequest request, @QueryParam("actor") String actor) {
        List<Long> documents = request == null || request.documents() == null ? List.of() : request.documents();
        documents.forEach(this::existing);
        boolean accept = request != null && Boolean.TRUE.equals(request.acceptProposed());
        List<Pseudonyms.Applied> applied = project.pseudonyms().apply(documents, accept, Actors.or(actor));
        return new ApplyAnswer(applied, applied.stream().mapToInt(Pseudonyms.Applied::replacements).sum());
    }

    /** A passage of a document. */
    public record Passage(Long document, Integer start, Integer end) {
    }

    /** A passage with each pseudonym followed by its original(s). */
    public record Reidentified(long document, int start, int end, String text) {
    }

    @POST
    @Path("reidentify")
    @Requires(Permission.PSEUDONYMISE)
    public Reidentified reidentify(Passage p, @QueryParam("actor") String actor) {
        if (p == null || p.document() == null) {
            throw ApiError.badRequest("body.fields", "send {document, start, end}", "fields", "document, start, end");
        }
        Document d = existing(p.document());
        int start = p.start() == null ? 0 : p.start();
        int end = p.end() == null ? d.length() : p.end();
        return new Reidentified(d.id(), start, end,
                project.pseudonyms().reidentify(d.id(), start, end, Actors.or(actor)));
    }

    /** Whether a document is pseudonymised; names no person. */
    public record DocumentStatus(long id, String name, boolean pseudonymised) {
    }

    @GET
    @Path("status")
    @Requires(Permission.READ)
    public List<DocumentStatus> status() {
        Set<Long> done = project.pseudonyms().pseudonymised();
        return project.corpus().documents().stream()
                .map(d -> new DocumentStatus(d.id(), d.name(), done.contains(d.id()))).toList();
    }

    private Document existing(long id) {
        return project.corpus().document(id).orElseThrow(() -> ApiError.notFound("document.notFound",
                "no document with id " + id, "document", id));
    }
}
