package dk.kodetrae.team;

import dk.kodetrae.project.Project;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The projects one server serves and who may reach them: the one project of a personal server, or the
 * registry of a team server. Requests name their project; a name the caller is not a member of is answered as if
 * there were no such project.
 */
public interface Workspace extends AutoCloseable {
    /** Whether accounts and roles apply (a team server) or one local user has every right (personal). */
    boolean team();

    /**
     * The caller's role in the project {@code name} ({@code null}: the default, meaningful in personal mode only),
     * or empty when they are no member of it or there is no such project.
     */
    Optional<Role> role(String user, boolean admin, String name);

    /** Whether the server serves a project {@code name} (to its members): it exists and is not archived. */
    boolean served(String name);

    /** The project {@code name}, opened on first use; call only for one that is {@link #served}. */
    Project project(String name);

    @Override
    void close();

    /** A personal server's workspace: the one project (perhaps still opening), whoever asks. */
    static Workspace personal(CompletableFuture<Project> project) {
        return new PersonalWorkspace(project);
    }
}
