package dk.kodetrae.team;

import dk.kodetrae.project.Project;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A personal server's one project, which may still be opening; its one user is admin and it has no names. */
final class PersonalWorkspace implements Workspace {
    private final CompletableFuture<Project> project;

    PersonalWorkspace(CompletableFuture<Project> project) {
        this.project = project;
    }

    @Override
    public boolean team() {
        return false;
    }

    @Override
    public Optional<Role> role(String user, boolean admin, String name) {
        return Optional.of(Role.ADMIN);
    }

    @Override
    public boolean served(String name) {
        return true;
    }

    @Override
    public Project project(String name) {
        return project.join();
    }

    /** The project is its opener's to close, as before there were workspaces. */
    @Override
    public void close() {
    }
}
