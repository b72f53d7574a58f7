package dk.kodetrae.api;

import dk.kodetrae.coding.Viewer;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Who reads codings in a request, for blind coding rounds. In team mode the signed-in user, whatever the request
 * says; in personal mode the coder the page names, in the {@value #HEADER}
 * header (what the page's fetches send, percent-encoded UTF-8) or else the {@code coder} query parameter (what a
 * download link carries).
 * Without either the reader is {@link Viewer#NOBODY}, who sees no one's codings in an open round.
 */
final class Viewers {
    static final String HEADER = "X-Kodetrae-Coder";
    private static final int MAX_NAME = 100;

    private Viewers() {
    }

    /** @throws ApiError 400 {@code viewer.invalid} when the name is longer than a coder name may be */
    static Viewer of(ContainerRequestContext request) {
        Optional<String> acting = Actors.acting(request.getSecurityContext());
        if (acting.isPresent()) {
            return Viewer.named(acting.get());
        }
        String header = request.getHeaderString(HEADER);
        String named = header == null || header.isBlank()
                ? request.getUriInfo().getQueryParameters().getFirst("coder") : decoded(header);
        if (named != null && named.strip().length() > MAX_NAME) {
            throw invalid();
        }
        return Viewer.named(named);
    }

    private static String decoded(String header) {
        try {
            return URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ApiError invalid() {
        return ApiError.badRequest("viewer.invalid", "the coder name in " + HEADER + " must be 1 to " + MAX_NAME
                + " characters, percent-encoded as UTF-8", "max", MAX_NAME);
    }
}
