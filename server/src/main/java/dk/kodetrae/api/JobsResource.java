package dk.kodetrae.api;

import dk.kodetrae.project.Project;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public final class JobsResource {
    private final Project project;
    private final Jobs jobs;

    @Inject
    public JobsResource(Project project, Jobs jobs) {
        this.project = project;
        this.jobs = jobs;
    }

    @GET
    @Path("{id}")
    @Requires(Permission.READ)
    public Jobs.Job get(@PathParam("id") long id) {
        return jobs.get(id, project).orElseThrow(() -> ApiError.notFound("job.notFound", "no job " + id, "job", id));
    }
}
