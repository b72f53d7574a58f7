package dk.kodetrae.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The role of an account on a team server, as the issue names them. Per-project roles and what each may do are
 * package {@code team}'s; this is the account's own, set when it is created.
 */
public enum Role {
    ADMIN, RESEARCHER, EVALUATOR, REPORT_WRITER;

    /** The name on the command line, in the store and in JSON: {@code admin}, {@code report-writer}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> of(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
    }
}
