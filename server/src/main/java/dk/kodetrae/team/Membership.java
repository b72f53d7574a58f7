package dk.kodetrae.team;

/** A user's role in one project of a team server. */
public record Membership(String project, String user, Role role) {
}
