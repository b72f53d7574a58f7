/**
 * Identity on a Kodetræ server. A personal server (the default, loopback only) has one user,
 * {@link dk.kodetrae.account.User#LOCAL}, and no login. A team server ({@code serve --team --root DIR}) keeps
 * accounts ({@link dk.kodetrae.account.Accounts}, Argon2id passwords, back-off after failed logins) and sessions
 * ({@link dk.kodetrae.account.Sessions}) in its own {@code DIR/team.db} ({@link dk.kodetrae.account.TeamStore}).
 *
 * <p>The contract for the rest of the server: every API request that gets through authentication carries its
 * {@link dk.kodetrae.account.User} as the request property {@link dk.kodetrae.account.User#PROPERTY} and as the
 * principal of its {@code SecurityContext}; resources can also {@code @Inject User}. What a user may do in which
 * project is package {@code team}'s.
 */
package dk.kodetrae.account;
