package dk.kodetrae.api;

import dk.kodetrae.coding.Coding;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.history.Step;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codings. A 201 answer to a write means it is committed to disk. Offsets are UTF-16 code units into the
 * document text, end exclusive (what JavaScript string indices are).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CodingsResource {
    private final Project project;
    @Context
    private SecurityContext security;

    @Inject
    public CodingsResource(Project project) {
        this.project = project;
    }

    /** A new coding. */
    public record NewCoding(long documentId, long codeId, int start, int end, String coder) {
    }

    /** A passage to code in a batch. */
    public record BatchPassage(long documentId, int start, int end) {
    }

    /** Many passages coded with one code (e.g. selected search hits). */
    public record Batch(long codeId, String coder, List<BatchPassage> passages) {
    }

    /** New boundaries for a coding. */
    public record Adjust(int start, int end, String coder) {
    }

    /** Who undoes or redoes. */
    public record CoderOnly(String coder) {
    }

    /** Accept or reject auto codings by id, or all of a document's (optionally of one code). */
    public record Review(String decision, List<Long> codingIds, Long documentId, Long codeId, String reviewer) {
    }

    @POST
    @Path("codings")
    @Requires(Permission.CODE)
    public Response add(NewCoding k) {
        if (k == null) {
            throw ApiError.badRequest("body.fields", "send {documentId, codeId, start, end, coder}", "fields", "documentId, codeId, start, end, coder");
        }
        Coding added = project.codings().add(k.documentId(), k.codeId(), span(k.start(), k.end()), Actors.claimed(security, k.coder()));
        return Response.status(Response.Status.CREATED).entity(CodingView.of(added)).build();
    }

    @POST
    @Path("codings/batch")
    @Requires(Permission.CODE)
    public Response batch(Batch b) {
        if (b == null || b.passages() == null || b.passages().isEmpty()) {
            throw ApiError.badRequest("body.fields", "send {codeId, coder, passages: [{documentId, start, end}]}", "fields", "codeId, coder, passages");
        }
        List<Codings.Passage> passages = b.passages().stream()
                .map(p -> new Codings.Passage(p.documentId(), span(p.start(), p.end()))).toList();
        return Response.status(Response.Status.CREATED)
                .entity(CodingView.of(project.codings().addAll(b.codeId(), passages, Actors.claimed(security, b.coder())))).build();
    }

    @PATCH
    @Path("codings/{id}")
    @Requires(Permission.CODE)
    public CodingView adjust(@PathParam("id") long id, Adjust a) {
        if (a == null) {
            throw ApiError.badRequest("body.fields", "send {start, end, coder}", "fields", "start, end, coder");
        }
        return CodingView.of(project.codings().adjust(id, span(a.start(), a.end()), Actors.claimed(security, a.coder())));
    }

    /** Settles the flag an edit of the text left on a coding: the coder keeps it as it now is. */
    @POST
    @Path("codings/{id}/confirm")
    @Requires(Permission.CODE)
    public CodingView confirm(@PathParam("id") long id, CodesResource.By by) {
        return CodingView.of(project.codings().confirm(id, Actors.or(security, by == null ? null : by.actor())));
    }

    @DELETE
    @Path("codings/{id}")
    @Requires(Permission.CODE)
    public Response remove(@PathParam("id") long id, @QueryParam("coder") String coder) {
        project.codings().remove(id, Actors.claimed(security, coder));
        return Response.noContent().build();
    }

    /** What the coder's next undo and redo would do: {undo: step or null, redo: step or null}. */
    @GET
    @Path("codings/history")
    @Requires(Permission.CODE)
    public Map<String, Step> history(@QueryParam("coder") String coder) {
        return next(project.codings().next(Actors.claimed(security, coder)));
    }

    /**
     * Takes back the coder's last action, whatever it was: {action, step, undo, redo} (action and step null when
     * there was nothing to undo; undo and redo say what the next ones would do). 409 when it cannot be done.
     */
    @POST
    @Path("codings/undo")
    @Requires(Permission.CODE)
    public Map<String, Object> undo(CoderOnly who) {
        String coder = Actors.claimed(security, who == null ? null : who.coder());
        return done(project.codings().undo(coder), coder);
    }

    /** Makes the coder's last undone action again; answers as undo does. */
    @POST
    @Path("codings/redo")
    @Requires(Permission.CODE)
    public Map<String, Object> redo(CoderOnly who) {
        String coder = Actors.claimed(security, who == null ? null : who.coder());
        return done(project.codings().redo(coder), coder);
    }

    @POST
    @Path("codings/review")
    @Requires(Permission.CODE)
    public Map<String, Integer> review(Review r) {
        if (r == null || r.decision() == null) {
            throw ApiError.badRequest("body.fields", "send {decision: accept|reject, codingIds | documentId (+ codeId), reviewer}", "fields", "decision, codingIds | documentId, reviewer");
        }
        List<Long> ids = r.codingIds() != null ? r.codingIds()
                : r.documentId() != null ? project.autoCoder().autoCodings(r.documentId(), r.codeId()) : List.of();
        int n = switch (r.decision()) {
            case "accept" -> project.autoCoder().accept(ids, Actors.claimed(security, r.reviewer()));
            case "reject" -> project.autoCoder().reject(ids, Actors.claimed(security, r.reviewer()));
            default -> throw ApiError.badRequest("review.decision", "decision must be accept or reject, got '" + r.decision() + "'", "got", r.decision());
        };
        return Map.of(r.decision() + "ed", n);
    }

    private Map<String, Object> done(Optional<Step> step, String coder) {
        Map<String, Object> out = new HashMap<>();
        out.put("action", step.map(Step::action).orElse(null));
        out.put("step", step.orElse(null));
        out.putAll(next(project.codings().next(coder)));
        return out;
    }

    private static Map<String, Step> next(Codings.Next next) {
        Map<String, Step> out = new HashMap<>();
        out.put("undo", next.undo().orElse(null));
        out.put("redo", next.redo().orElse(null));
        return out;
    }

    private static Span span(int start, int end) {
        if (start < 0 || end <= start) {
            throw ApiError.badRequest("coding.span", "a coding needs 0 <= start < end, got [" + start + ", " + end + ")", "start", start, "end", end);
        }
        return new Span(start, end);
    }
}
