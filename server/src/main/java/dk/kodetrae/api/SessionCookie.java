package dk.kodetrae.api;

import jakarta.ws.rs.core.NewCookie;

/**
 * The session cookie: {@code HttpOnly} (no script reads it), {@code SameSite=Strict} (no other site's request
 * carries it), {@code Path=/}, and {@code Secure} with the {@code __Host-} prefix when the server is reached over
 * TLS (then no other host or plain-HTTP page can set it either).
 */
final class SessionCookie {
    private SessionCookie() {
    }

    static String name(Access access) {
        return access.secureCookies() ? "__Host-kodetrae-session" : "kodetrae-session";
    }

    /** The cookie that hands the client its token; it lives as long as the session may. */
    static NewCookie of(Access access, String token, long maxAgeSeconds) {
        return cookie(access, token, (int) Math.min(Integer.MAX_VALUE, maxAgeSeconds));
    }

    /** The cookie that makes the client forget its token. */
    static NewCookie cleared(Access access) {
        return cookie(access, "", 0);
    }

    private static NewCookie cookie(Access access, String value, int maxAge) {
        return new NewCookie.Builder(name(access))
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(access.secureCookies())
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
