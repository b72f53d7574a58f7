package dk.kodetrae.team;

/**
 * One line of the audit log.
 *
 * @param seq     its place in the log, rising
 * @param at      milliseconds since the epoch
 * @param actor   the user's name as it was then (for a failed login: the name that was tried)
 * @param address the client's address as the server saw it
 * @param action  what happened, e.g. {@code login}, {@code login.failed}, {@code member.set}, {@code export}
 * @param project the project it happened in; empty for the server's own affairs
 * @param detail  what exactly, e.g. the exported codes or the new role
 */
public record AuditEntry(long seq, long at, String actor, String address, String action, String project,
                         String detail) {
}
