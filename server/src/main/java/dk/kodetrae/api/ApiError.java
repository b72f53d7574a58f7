package dk.kodetrae.api;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;
import jakarta.ws.rs.core.Response;

/**
 * An error with an HTTP status, rendered as {@code {error, code, params, detail}} by {@link ErrorMapper}. Give every
 * new error its own code (and the page's catalogues a text for it); the one-argument factories exist for errors no
 * page shows and get a generic code.
 */
final class ApiError extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final Response.Status status;
    private final transient Message explanation;

    ApiError(Response.Status status, Message explanation) {
        super(explanation.text());
        this.status = status;
        this.explanation = explanation;
    }

    static ApiError notFound(String what) {
        return new ApiError(Response.Status.NOT_FOUND, Message.of("notFound", what));
    }

    static ApiError notFound(String code, String text, Object... namesAndValues) {
        return new ApiError(Response.Status.NOT_FOUND, Message.of(code, text, namesAndValues));
    }

    static ApiError badRequest(String message) {
        return new ApiError(Response.Status.BAD_REQUEST, Message.of("badRequest", message));
    }

    static ApiError badRequest(String code, String text, Object... namesAndValues) {
        return new ApiError(Response.Status.BAD_REQUEST, Message.of(code, text, namesAndValues));
    }

    static ApiError conflict(String message) {
        return new ApiError(Response.Status.CONFLICT, Message.of("conflict", message));
    }

    static ApiError conflict(String code, String text, Object... namesAndValues) {
        return new ApiError(Response.Status.CONFLICT, Message.of(code, text, namesAndValues));
    }

    Response.Status status() {
        return status;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
