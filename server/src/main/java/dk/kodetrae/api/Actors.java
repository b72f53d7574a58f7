package dk.kodetrae.api;

import dk.kodetrae.memo.Memos;
import dk.kodetrae.message.Message;
import dk.kodetrae.team.Caller;
import dk.kodetrae.team.Permission;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/**
 * Who made a change. On a team server that is the signed-in user, whatever name a request body or parameter
 * gives ({@code coder}, {@code actor}, {@code author}, {@code reviewer} are ignored there); on a personal server it
 * is the name the page sends, as it always was. The change log needs a name for everything.
 */
final class Actors {
    static final String UNNAMED = "web";

    private Actors() {
    }

    static String or(String actor) {
        return actor == null || actor.isBlank() ? UNNAMED : actor.strip();
    }

    /** The signed-in user on a team server; empty on a personal one. Resources ask this for "who is asking". */
    static Optional<String> acting(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller c ? Optional.of(c.name())
                : Optional.empty();
    }

    /** The acting user, or {@code claimed} (or {@value #UNNAMED}) on a personal server. */
    static String or(SecurityContext security, String claimed) {
        return acting(security).orElseGet(() -> or(claimed));
    }

    /** The acting user, or {@code claimed} as it is on a personal server (where the model checks it). */
    static String claimed(SecurityContext security, String claimed) {
        return acting(security).orElse(claimed);
    }

    /** On a team server, a member who may change only their own memos may not change another's. */
    static void requireOwnMemo(SecurityContext security, Memos memos, long id) {
        if (!(security.getUserPrincipal() instanceof Caller c) || c.may(Permission.MEMO_ANY)) {
            return;
        }
        memos.get(id).filter(m -> !m.author().equals(c.name())).ifPresent(m -> {
            throw new ApiError(Response.Status.FORBIDDEN, Message.of("memo.notYours",
                    "you may change only your own memos; this one is " + m.author() + "'s", "author", m.author()));
        });
    }
}
