package dk.kodetrae.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dk.kodetrae.codebook.CodeNotFoundException;
import dk.kodetrae.codebook.CodebookException;
import dk.kodetrae.coding.CodingException;
import dk.kodetrae.history.UndoRefusedException;
import dk.kodetrae.search.QuerySyntaxException;
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

/** Turns every exception into {@code {error, detail}} JSON with a fitting status; never a stack trace. */
@Provider
final class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        return switch (e) {
            case ApiError a -> body(a.status().getStatusCode(), a.getMessage(), List.of());
            case ImportException i -> body(400, "import refused, nothing was changed",
                    i.problems().stream().map(ImportProblem::toString).toList());
            case QuerySyntaxException q -> body(400, q.getMessage(), List.of());
            case CodebookException c -> body(c.isConflict() ? 409 : 400, c.getMessage().lines().findFirst().orElse(""),
                    c.problems());
            case CodeNotFoundException c -> body(404, c.getMessage(), List.of());
            case CodingException c -> body(c.isNotFound() ? 404 : 400, c.getMessage(), List.of());
            case UndoRefusedException u -> body(409, u.getMessage(), List.of());
            case StreamReadException j -> body(400, "malformed JSON" + at(j) + ": " + j.getOriginalMessage(), List.of());
            case JsonMappingException j -> body(400, "unexpected JSON" + at(j) + ": " + j.getOriginalMessage(),
                    List.of());
            case JsonProcessingException j -> body(400, "malformed JSON: " + j.getOriginalMessage(), List.of());
            case ParamException.PathParamException p -> body(404, "no such " + p.getParameterName(), List.of());
            case ParamException p -> body(400, "the parameter '" + p.getParameterName() + "' "
                    + unreadable(p), List.of());
            case IndexSearcher.TooManyClauses t -> body(400, "the query has too many words or alternatives (at most "
                    + IndexSearcher.getMaxClauseCount() + " after expanding prefixes and fuzzy words)", List.of());
            case IllegalArgumentException i -> body(400, i.getMessage(), List.of());
            case WebApplicationException w -> body(w.getResponse().getStatus(), webMessage(w), List.of());
            default -> internal(e);
        };
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

    private static String webMessage(WebApplicationException w) {
        int status = w.getResponse().getStatus();
        if (status == 413) {
            return "the upload is larger than the server accepts";
        }
        return w.getMessage();
    }

    private static Response internal(Throwable e) {
        LOG.log(Level.SEVERE, "request failed", e);
        return body(500, "internal error: " + e.getClass().getSimpleName(), List.of());
    }

    static Response body(int status, String detail, List<String> problems) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String error = type == null ? "error " + status : type.getReasonPhrase().toLowerCase(Locale.ROOT);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(error, detail, problems)).build();
    }
}
