package dk.kodetrae.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
final class JobsResource {
    private final Jobs jobs;

    JobsResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("{id}")
    public Jobs.Job get(@PathParam("id") long id) {
        return jobs.get(id).orElseThrow(() -> ApiError.notFound("no job " + id));
    }
}
