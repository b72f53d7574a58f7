package dk.kodetrae.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@Singleton
public final class JobsResource {
    private final Jobs jobs;

    @Inject
    public JobsResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("{id}")
    public Jobs.Job get(@PathParam("id") long id) {
        return jobs.get(id).orElseThrow(() -> ApiError.notFound("job.notFound", "no job " + id, "job", id));
    }
}
