package dk.kodetrae.project;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the default project and the demo's live: side by side in a per-user data directory, as each operating
 * system expects. They are two folders so that a study imported without {@code --project} never mixes with the
 * demo's fictional interviews.
 */
public final class ProjectLocation {
    private ProjectLocation() {
    }

    public static Path defaultProject() {
        return defaultProject(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** The folder {@code kodetrae demo} uses unless told another. */
    public static Path demoProject() {
        return defaultProject().resolveSibling("demo");
    }

    static Path defaultProject(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.contains("win")) {
            base = Path.of(env.getOrDefault("APPDATA", home + "\\AppData\\Roaming"));
        } else if (os.contains("mac")) {
            base = Path.of(home, "Library", "Application Support");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        }
        return base.resolve("kodetrae").resolve("default");
    }
}
