package dk.kodetrae.api;

import dk.kodetrae.message.Message;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The defences that need no account, checked before a request reaches the page or the API, so that a refused
 * request does nothing at all:
 * <ul>
 *   <li>the {@code Host} header must be one of the server's own names ({@link Access#hostNames()}): a page whose
 *   attacker-controlled domain was re-pointed at 127.0.0.1 (DNS rebinding) sends its own name and is refused;</li>
 *   <li>a request that may change something (any method but GET, HEAD and OPTIONS) must carry
 *   {@value #PROOF_HEADER}, which the page sends on every call; a cross-origin page cannot set a custom header
 *   without a CORS preflight, which this server never grants, so its forms and no-cors fetches are refused. An
 *   {@code Origin} or {@code Sec-Fetch-Site} header, when the browser sends one, must say the same origin.</li>
 * </ul>
 */
final class RequestGuard {
    static final String PROOF_HEADER = "X-Kodetrae";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> hostNames;

    RequestGuard(Access access) {
        this.hostNames = access.hostNames();
    }

    /** Whether the page may be served; if not, the refusal has been written. */
    boolean admitsPage(Request request, Response response) throws java.io.IOException {
        if (knownHost(request.getHeader("Host"))) {
            return true;
        }
        refuseHost(request, response);
        return false;
    }

    /** Whether the API request may go on; if not, the refusal has been written. */
    boolean admitsApi(Request request, Response response) throws java.io.IOException {
        if (!admitsPage(request, response)) {
            return false;
        }
        if (SAFE_METHODS.contains(request.getMethod().getMethodString()) || sameOrigin(request)) {
            return true;
        }
        refuse(response, 403, Message.of("request.crossSite", "a change must come from Kodetræ's own page: the"
                + " request lacks the " + PROOF_HEADER + " header or comes from another site", "header", PROOF_HEADER));
        return false;
    }

    private boolean knownHost(String host) {
        return host != null && hostNames.contains(withoutPort(host.strip().toLowerCase(Locale.ROOT)));
    }

    private static String withoutPort(String host) {
        int end = host.startsWith("[") ? host.indexOf(']') + 1 : host.indexOf(':');
        return end <= 0 ? host : host.substring(0, end);
    }

    /**
     * The custom header proves the request was not a form or a no-cors fetch; {@code Origin} (sent by browsers
     * with every cross-origin write and most same-origin ones) must name this server as the client reached it, and
     * {@code Sec-Fetch-Site} must be {@code same-origin}.
     */
    private static boolean sameOrigin(Request request) {
        if (!"1".equals(request.getHeader(PROOF_HEADER))) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !authority(origin).equalsIgnoreCase(request.getHeader("Host"))) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin");
    }

    /** {@code host:port} of an origin such as {@code http://127.0.0.1:7070}; an opaque {@code null} has none. */
    private static String authority(String origin) {
        int scheme = origin.indexOf("://");
        return scheme < 0 ? "" : origin.substring(scheme + 3);
    }

    private static void refuseHost(Request request, Response response) throws java.io.IOException {
        String host = String.valueOf(request.getHeader("Host"));
        refuse(response, 421, Message.of("request.host", "this server does not answer to the name '"
                + host.replaceAll("[^A-Za-z0-9.:\\[\\]-]", "?") + "'; its names are set with --host-name", "host",
                host.replaceAll("[^A-Za-z0-9.:\\[\\]-]", "?")));
    }

    /** Writes a JSON error at the HTTP layer, before Jersey; the request's body is left unread. */
    static void refuse(Response response, int status, Message message) throws java.io.IOException {
        byte[] json = ApiApplication.mapper().writeValueAsBytes(ErrorMapper.body(status, message, List.of()).getEntity());
        SecurityHeaders.ALL.forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Connection", "close");
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
