package dk.kodetrae.api;

import java.util.Map;

/**
 * Headers on every response, API and page alike. The policy allows no inline script or style, so text that
 * slips into markup still cannot run.
 */
final class SecurityHeaders {
    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }
}
