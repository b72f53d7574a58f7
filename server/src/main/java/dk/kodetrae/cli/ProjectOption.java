package dk.kodetrae.cli;

import dk.kodetrae.project.Project;
import dk.kodetrae.project.ProjectLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --project DIR} option every command shares. */
final class ProjectOption {
    @Option(names = "--project", paramLabel = "DIR",
            description = "Project directory (default: the per-user data directory, ~/.local/share/kodetrae/default)")
    Path directory;

    Path directory() {
        return directory != null ? directory : ProjectLocation.defaultProject();
    }

    Project open() {
        return Project.open(directory());
    }
}
