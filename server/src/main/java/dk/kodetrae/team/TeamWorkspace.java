package dk.kodetrae.team;

import dk.kodetrae.project.Project;
import dk.kodetrae.store.Store;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A team server's projects, members and audit log, kept in its {@code team.db}; the projects' own files are in
 * {@code projects/<name>/}. A server administrator is admin of every project that is not archived.
 */
public final class TeamWorkspace implements Workspace {
    private final Projects projects;
    private final Members members;
    private final Audit audit;

    /** Over the team server's open {@code team.db} (migrated to T2 at least) and its projects folder. */
    public TeamWorkspace(Store teamDb, Path projectsFolder) {
        this.projects = new Projects(teamDb, projectsFolder);
        this.members = new Members(teamDb);
        this.audit = new Audit(teamDb);
    }

    @Override
    public boolean team() {
        return true;
    }

    @Override
    public Optional<Role> role(String user, boolean admin, String name) {
        if (admin) {
            return served(name) ? Optional.of(Role.ADMIN) : Optional.empty();
        }
        return members.role(user, name);
    }

    @Override
    public boolean served(String name) {
        return projects.find(name).filter(p -> !p.archived()).isPresent();
    }

    @Override
    public Project project(String name) {
        return projects.project(name);
    }

    public Projects projects() {
        return projects;
    }

    public Members members() {
        return members;
    }

    public Audit audit() {
        return audit;
    }

    @Override
    public void close() {
        projects.close();
    }
}
