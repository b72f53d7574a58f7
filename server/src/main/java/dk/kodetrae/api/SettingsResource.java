package dk.kodetrae.api;

import dk.kodetrae.project.Project;
import dk.kodetrae.project.ProjectSettings;
import dk.kodetrae.project.Settings;
import dk.kodetrae.team.Permission;
import dk.kodetrae.team.Requires;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code GET /project/settings}: the settings in force, with {@code unset} naming those the project has not set.
 * {@code PUT /project/settings?actor=…} with {@code {clusterAttribute, defaultCodebook, attributionTemplate,
 * groupLabels}} replaces them all (a missing or null field unsets it); a wrong one is refused with 400 naming it.
 */
@Path("project/settings")
@Produces(MediaType.APPLICATION_JSON)
public final class SettingsResource {
    private final Project project;
    @Context
    private SecurityContext security;

    @Inject
    public SettingsResource(Project project) {
        this.project = project;
    }

    @GET
    @Requires(Permission.READ)
    public Settings.Effective settings() {
        return project.settings().effective();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.SETTINGS)
    public Settings.Effective update(ProjectSettings settings, @QueryParam("actor") String actor) {
        if (settings == null) {
            throw ApiError.badRequest("send the settings: {\"clusterAttribute\": …, \"defaultCodebook\": …, "
                    + "\"attributionTemplate\": …, \"groupLabels\": {attribute: {value: label}}}");
        }
        project.settings().update(settings, Actors.or(security, actor));
        return project.settings().effective();
    }
}
