package dk.kodetrae.team;

import static dk.kodetrae.team.Permission.CODE;
import static dk.kodetrae.team.Permission.CODEBOOK;
import static dk.kodetrae.team.Permission.COMPARE;
import static dk.kodetrae.team.Permission.DELETE;
import static dk.kodetrae.team.Permission.EXPORT;
import static dk.kodetrae.team.Permission.IMPORT;
import static dk.kodetrae.team.Permission.MEMO_ANY;
import static dk.kodetrae.team.Permission.MEMO_OWN;
import static dk.kodetrae.team.Permission.READ;
import static dk.kodetrae.team.Permission.SEARCH;
import static dk.kodetrae.team.Permission.SETTINGS;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member's role in one project, and the project rights it grants. A server administrator is
 * {@link #ADMIN} in every project. {@link #CODER} is the variant the study needs beside the four the issue names:
 * the second coder of an agreement study codes the same documents blind and must not change the codebook or see
 * exports in the meantime. No read-only variant: an evaluator's only write is their own memos.
 */
public enum Role {
    ADMIN(EnumSet.range(READ, SETTINGS)),
    RESEARCHER(EnumSet.of(READ, SEARCH, CODE, CODEBOOK, IMPORT, COMPARE, DELETE, MEMO_OWN, MEMO_ANY)),
    CODER(EnumSet.of(READ, SEARCH, CODE, MEMO_OWN)),
    EVALUATOR(EnumSet.of(READ, SEARCH, MEMO_OWN)),
    REPORT_WRITER(EnumSet.of(READ, SEARCH, COMPARE, EXPORT));

    private final Set<Permission> grants;

    Role(Set<Permission> grants) {
        this.grants = grants;
    }

    public boolean grants(Permission permission) {
        return grants.contains(permission);
    }

    /** The project rights of this role, for the page to hide what the member cannot use. */
    public Set<Permission> permissions() {
        return EnumSet.copyOf(grants);
    }

    /** As the API, the CLI and the store write it: {@code admin}, {@code report-writer}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws TeamException naming the roles there are */
    public static Role of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> TeamException.invalid("team.unknownRole",
                        "unknown role '" + id + "': use one of " + known(),
                        "role", id, "roles", known()));
    }

    private static String known() {
        return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }
}
