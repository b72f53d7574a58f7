package dk.kodetrae;

import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The test fixtures under {@code src/test/resources/fixtures} (see its README) and projects built from them. */
public final class Fixtures {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    /** A project in {@code dir} with the four fixture transcripts and the fixture manifest imported. */
    public static Project importedProject(Path dir) {
        Project project = Project.open(dir, CLOCK);
        project.importPaths(List.of(path("transcripts")), Optional.of(path("manifest.csv")),
                ImportOptions.defaults().withActor("test"), Importer.Progress.NONE);
        return project;
    }
}
