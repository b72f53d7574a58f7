/**
 * Who may do what: the permissions every API operation declares ({@link dk.kodetrae.team.Requires}), the roles a
 * member of a project holds ({@link dk.kodetrae.team.Role}), and the projects a server serves
 * ({@link dk.kodetrae.team.Workspace}): one in personal mode, a registry of several with their members and an
 * append-only audit log in team mode.
 */
package dk.kodetrae.team;
