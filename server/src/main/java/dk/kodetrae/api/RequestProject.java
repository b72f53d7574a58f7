package dk.kodetrae.api;

import dk.kodetrae.project.Project;
import dk.kodetrae.team.Workspace;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * On a team server, the project the request at hand names. Jersey makes a resource while it routes the request,
 * before {@link Authorisation} has looked at it, so this cannot wait for that check: it opens the project the
 * request names if the server has one of that name (and null if not), and {@link Authorisation} then refuses the
 * request, before any resource method runs, unless the caller is a member with the right.
 */
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
        return Authorisation.projectName(request.get()).filter(workspace::served).map(workspace::project)
                .orElse(null);
    }
}
