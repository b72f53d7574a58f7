package dk.kodetrae.cli;

import dk.kodetrae.project.Project;
import dk.kodetrae.project.ProjectLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --project DIR} option every command shares. Only {@code import} (and {@code demo}, {@code serve
 * --create}) create a project; every other command refuses a folder without one, and creates nothing there.
 */
final class ProjectOption {
    @Option(names = "--project", paramLabel = "DIR",
            description = {"Project directory; by default", "${sys:kodetrae.defaultProject}"})
    Path directory;

    Path directory() {
        return directory != null ? directory : ProjectLocation.defaultProject();
    }

    /** For commands that change the project. */
    Project open() {
        return Project.openExisting(existing());
    }

    /** For commands that only read it: these work while a server has the project open. */
    Project openForReading() {
        return Project.openForReading(existing());
    }

    /** For {@code import}: the project, created when the folder has none. */
    Project openOrCreate() {
        return Project.open(directory());
    }

    private Path existing() {
        Path dir = directory();
        if (!Project.exists(dir)) {
            throw new IllegalArgumentException(missing(dir));
        }
        return dir;
    }

    /** Says that there is no project, how to make one, and where the demo's is when there is one. */
    static String missing(Path dir) {
        Path demo = ProjectLocation.demoProject();
        String hint = Project.exists(demo) && directory(dir).equals(directory(ProjectLocation.defaultProject()))
                ? " The demo's project is in " + demo + ": add --project " + demo + "."
                : " To try the demo: kodetrae demo (its project is in " + demo + ").";
        return "there is no Kodetræ project in " + dir + ". Create one by importing transcripts: kodetrae import"
                + " --project " + dir + " FILES…, or start it empty in the page: kodetrae serve --create --project "
                + dir + "." + hint;
    }

    private static Path directory(Path dir) {
        return dir.toAbsolutePath().normalize();
    }
}
