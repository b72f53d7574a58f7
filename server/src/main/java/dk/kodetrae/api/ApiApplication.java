package dk.kodetrae.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dk.kodetrae.account.User;
import dk.kodetrae.project.Project;
import dk.kodetrae.team.TeamWorkspace;
import dk.kodetrae.team.Workspace;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.concurrent.CompletableFuture;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Builds the one Jersey configuration of the API, used by the server and the tests alike. */
public final class ApiApplication {
    /** Longer than any id, offset or count the API takes; Jackson's own bound is a thousand digits. */
    static final int MAX_NUMBER_DIGITS = 20;
    /** Every resource class of the API; the OpenAPI test checks docs/openapi.json against these. */
    static final Class<?>[] RESOURCES = {ProjectResource.class, DocumentsResource.class, SearchResource.class,
        ImportResource.class, JobsResource.class, CodebooksResource.class, CodesResource.class,
        CodingsResource.class, RetrievalResource.class, MemosResource.class, CompareResource.class,
        ExportResource.class, RefiQdaResource.class, SettingsResource.class, AgreementResource.class,
        TeamResource.class, AuditResource.class, RoundsResource.class, SessionResource.class,
        PseudonymsResource.class};

    private ApiApplication() {
    }

    public static ResourceConfig create(CompletableFuture<Project> project, Jobs jobs, Searches searches) {
        return create(Workspace.personal(project), jobs, searches, Access.personal());
    }

    /**
     * The API over {@code workspace}, reached as {@code access} says. Resources are made per request, with the
     * project the request addresses (on a team server each request names its own); only a personal server's one
     * project is bound as it is.
     */
    public static ResourceConfig create(Workspace workspace, Jobs jobs, Searches searches, Access access) {
        ResourceConfig config = new ResourceConfig();
        config.register(new Authentication(access));
        config.register(new Authorisation(workspace));
        if (workspace instanceof TeamWorkspace team) {
            config.register(new Auditing(team));
        }
        config.register(new JsonBodies(mapper()));
        config.register(MultiPartFeature.class);
        config.register(new ErrorMapper());
        config.register((ContainerResponseFilter) ApiApplication::addSecurityHeaders);
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(workspace).to(Workspace.class);
                if (workspace.team()) {
                    bindFactory(RequestProject.class).to(Project.class);
                } else {
                    bindFactory(() -> workspace.project(null)).to(Project.class);
                }
                bind(jobs).to(Jobs.class);
                bind(searches).to(Searches.class);
                bind(access).to(Access.class);
                bindFactory(Authentication.CurrentUser.class).to(User.class);
            }
        });
        config.registerClasses(RESOURCES);
        config.property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Every feature and provider is registered above; looking for more in every jar's META-INF only slows the
        // start.
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        // Nor does the API read or write XML or images, whose providers Jersey would otherwise set up.
        config.property(CommonProperties.PROVIDER_DEFAULT_DISABLE, "ALL");
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(ServerProperties.JSON_PROCESSING_FEATURE_DISABLE, true);
        config.property(ServerProperties.MOXY_JSON_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return config;
    }

    /** Answers of the API describe a project that changes under them: no browser or proxy keeps a copy. */
    private static void addSecurityHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        SecurityHeaders.ALL.forEach((name, value) -> response.getHeaders().putSingle(name, value));
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }

    /**
     * Enums appear in JSON by their lowercase names ({@code "respondent"}, {@code "sentence"}). The streams of
     * requests and responses are Jersey's to close. Request bodies are read strictly: a key given twice, text or
     * a fraction where a whole number belongs, or anything after the value is refused rather than guessed at,
     * and numbers are at most {@link #MAX_NUMBER_DIGITS} digits long.
     */
    static ObjectMapper mapper() {
        JsonFactory strict = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_DIGITS).build())
                .build();
        return JsonMapper.builder(strict)
                .addModule(new Jdk8Module())
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }
}
