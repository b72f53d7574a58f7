package dk.kodetrae.api;

import dk.kodetrae.project.Project;
import dk.kodetrae.team.Workspace;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ContainerRequest;

/** On a team server, the project of the request at hand, as {@link Authorisation} found it. */
final class RequestProject implements Supplier<Project> {
    private final Workspace workspace;
    private final Provider<ContainerRequest> request;

    @Inject
    RequestProject(Workspace workspace, Provider<ContainerRequest> request) {
        this.workspace = workspace;
        this.request = request;
    }

    @Override
    public Project get() {
        Object name = request.get().getProperty(Authorisation.PROJECT);
        if (name == null) {
            throw ApiError.badRequest("project.required", "this operation addresses no project");
        }
        return workspace.project((String) name);
    }
}
