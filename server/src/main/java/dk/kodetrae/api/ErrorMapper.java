package dk.kodetrae.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dk.kodetrae.account.AccountException;
import dk.kodetrae.agreement.AgreementException;
import dk.kodetrae.codebook.CodebookException;
import dk.kodetrae.coding.CodingException;
import dk.kodetrae.history.UndoRefusedException;
import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;
import dk.kodetrae.project.SettingsException;
import dk.kodetrae.pseudonym.PseudonymException;
import dk.kodetrae.refiqda.RefiQdaException;
import dk.kodetrae.revision.RevisionException;
import dk.kodetrae.search.SearchTimeoutException;
import dk.kodetrae.team.TeamException;
import dk.kodetrae.store.StoreBusyException;
import dk.kodetrae.transcript.ImportException;
import dk.kodetrae.transcript.ImportProblem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.search.IndexSearcher;
import org.glassfish.jersey.server.ParamException;

/**
 * Turns every exception into {@code {error, code, params, detail, problems, problemCodes}} JSON with a fitting
 * status; never a stack trace. Exceptions that are {@link Explained} bring their own code; the rest get a generic
 * one whose only parameter is the English text.
 */
@Provider
final class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        return switch (e) {
            case ApiError a -> body(a.status().getStatusCode(), a.explanation(), List.of());
            case AccountException a -> account(a);
            case ImportException i -> body(400, i.explanation(),
                    i.problems().stream().map(ImportProblem::explanation).toList());
            case CodebookException c -> body(c.isConflict() ? 409 : 400, c.explanation(),
                    c.problems().stream().map(p -> Message.of("codebook.problem", p, "message", p)).toList());
            case CodingException c -> body(c.isNotFound() ? 404 : 400, c.explanation(), List.of());
            case TeamException t -> body(t.isConflict() ? 409
                    : t.explanation().code().endsWith("notFound") ? 404 : 400, t.explanation(), List.of());
            case UndoRefusedException u -> body(409, u.explanation(), List.of());
            case AgreementException a when a.isConflict() -> body(409, a.explanation(), List.of());
            case RevisionException r -> body(r.status(), r.explanation(), List.of());
            case SettingsException s -> body(400, s.explanation(), s.problems());
            case PseudonymException p -> body(p.isConflict() ? 409 : 400, p.explanation(), List.of());
            case RefiQdaException r -> body(400, r.explanation(),
                    r.problems().stream().map(p -> Message.of("refiqda.problem", p, "message", p)).toList());
            case Explained x when x.explanation().code().endsWith("notFound") -> body(404, x.explanation(), List.of());
            case Explained x -> body(400, x.explanation(), List.of());
            case StreamReadException j -> generic(400, "json.malformed",
                    "malformed JSON" + at(j) + ": " + j.getOriginalMessage());
            case JsonMappingException j -> generic(400, "json.unexpected",
                    "unexpected JSON" + at(j) + ": " + j.getOriginalMessage());
            case JsonProcessingException j -> generic(400, "json.malformed", "malformed JSON: " + j.getOriginalMessage());
            case ParamException.PathParamException p -> body(404, Message.of("param.notFound",
                    "no such " + p.getParameterName(), "param", p.getParameterName()), List.of());
            case ParamException p -> body(400, Message.of("param.unreadable", "the parameter '" + p.getParameterName()
                    + "' " + unreadable(p), "param", p.getParameterName()), List.of());
            case IndexSearcher.TooManyClauses t -> body(400, Message.of("query.tooManyClauses",
                    "the query has too many words or alternatives (at most " + IndexSearcher.getMaxClauseCount()
                            + " after expanding prefixes and fuzzy words)", "max", IndexSearcher.getMaxClauseCount()),
                    List.of());
            case SearchTimeoutException t -> body(503, Message.of("search.timeout", t.getMessage(),
                    "ms", t.budget().toMillis()), List.of());
            case StoreBusyException b -> Response.fromResponse(generic(503, "store.busy", b.getMessage()))
                    .header("Retry-After", "5").build();
            case IllegalArgumentException i -> generic(400, "badRequest", i.getMessage());
            case WebApplicationException w -> web(w);
            default -> internal(e);
        };
    }

    private static Response account(AccountException a) {
        Response answer = body(switch (a.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case REFUSED -> 401;
            case BACK_OFF -> 429;
        }, a.explanation(), List.of());
        return a.kind() != AccountException.Kind.BACK_OFF ? answer : Response.fromResponse(answer)
                .header("Retry-After", Math.max(1, (a.retryAfter().toMillis() + 999) / 1000)).build();
    }

    /** Where in the body the parser stopped: the field it was reading, if any. */
    private static String at(StreamReadException e) {
        try {
            String field = e.getProcessor() == null ? null : e.getProcessor().currentName();
            return field == null ? "" : " at '" + field + "'";
        } catch (java.io.IOException | RuntimeException unknown) {
            return "";
        }
    }

    /** The path of the field that did not fit, e.g. {@code passages[0].start}. */
    private static String at(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "" : " at '" + path + "'";
    }

    private static String unreadable(ParamException p) {
        for (Throwable t = p; t != null; t = t.getCause()) {
            if (t instanceof NumberFormatException n) {
                return "must be a whole number within range (" + n.getMessage() + ")";
            }
        }
        return "cannot be read";
    }

    private static Response web(WebApplicationException w) {
        int status = w.getResponse().getStatus();
        if (status == 413) {
            return generic(413, "upload.tooLarge", "the upload is larger than the server accepts");
        }
        return generic(status, "http." + status, w.getMessage());
    }

    private static Response internal(Throwable e) {
        LOG.log(Level.SEVERE, "request failed", e);
        return generic(500, "internal", "internal error: " + e.getClass().getSimpleName());
    }

    private static Response generic(int status, String code, String text) {
        String detail = text == null ? "" : text;
        return body(status, Message.of(code, detail, "message", detail), List.of());
    }

    static Response body(int status, Message message, List<Message> problems) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String error = type == null ? "error " + status : type.getReasonPhrase().toLowerCase(Locale.ROOT);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(error, message.code(), message.params(), message.text(),
                        problems.stream().map(Message::text).toList(),
                        problems.stream().map(p -> new ErrorBody.CodedProblem(p.code(), p.params())).toList()))
                .build();
    }
}
