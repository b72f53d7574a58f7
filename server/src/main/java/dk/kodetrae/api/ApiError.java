package dk.kodetrae.api;

import jakarta.ws.rs.core.Response;

/** An error with an HTTP status, rendered as {@code {error, detail}} by {@link ErrorMapper}. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Response.Status status;

    ApiError(Response.Status status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError notFound(String what) {
        return new ApiError(Response.Status.NOT_FOUND, what);
    }

    static ApiError badRequest(String message) {
        return new ApiError(Response.Status.BAD_REQUEST, message);
    }

    static ApiError conflict(String message) {
        return new ApiError(Response.Status.CONFLICT, message);
    }

    Response.Status status() {
        return status;
    }
}
