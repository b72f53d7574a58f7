package dk.kodetrae.team;

import dk.kodetrae.project.Project;
import dk.kodetrae.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The projects of a team server: listed in {@code team.db}, each in its folder {@code projects/<name>/}, opened on
 * first use and kept open until {@link #close}. Thread-safe.
 */
public final class Projects implements AutoCloseable {
    /** Folder-safe on every system, readable in a URL and a header. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final int MAX_TITLE = 200;

    private final Store store;
    private final Path folder;
    private final Map<String, Project> open = new ConcurrentHashMap<>();

    Projects(Store store, Path folder) {
        this.store = store;
        this.folder = folder;
    }

    /** Registers a new project and creates its empty project in {@code projects/<name>/}. */
    public TeamProject add(String name, String title) {
        checkName(name);
        String t = checkedTitle(title);
        long now = store.clock().millis();
        TeamProject added = store.write(c -> {
            if (find(c, name).isPresent()) {
                throw TeamException.conflict("team.projectExists", "there is already a project named '" + name
                        + "'", "project", name);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO projects(name, title, created) VALUES (?, ?, ?)")) {
                s.setString(1, name);
                s.setString(2, t);
                s.setLong(3, now);
                s.executeUpdate();
            }
            return new TeamProject(name, t, now, false);
        });
        project(name);
        return added;
    }

    /** Every project, archived ones too, by name. */
    public List<TeamProject> list() {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT name, title, created, archived FROM projects ORDER BY name");
                 ResultSet r = s.executeQuery()) {
                List<TeamProject> out = new ArrayList<>();
                while (r.next()) {
                    out.add(project(r));
                }
                return out;
            }
        });
    }

    public Optional<TeamProject> find(String name) {
        return store.read(c -> find(c, name));
    }

    /** Archives a project: it stays on disk and in the list, and is served to nobody; it is closed now. */
    public TeamProject archive(String name) {
        long now = store.clock().millis();
        TeamProject archived = store.write(c -> {
            TeamProject p = find(c, name).orElseThrow(() -> notFound(name));
            try (PreparedStatement s = c.prepareStatement("UPDATE projects SET archived = ? WHERE name = ?")) {
                s.setLong(1, now);
                s.setString(2, name);
                s.executeUpdate();
            }
            return new TeamProject(p.name(), p.title(), p.created(), true);
        });
        Project was = open.remove(name);
        if (was != null) {
            was.close();
        }
        return archived;
    }

    /** The open project {@code name}; the caller has checked that it is registered and not archived. */
    Project project(String name) {
        return open.computeIfAbsent(name, n -> Project.open(folder.resolve(n), store.clock()));
    }

    static Optional<TeamProject> find(java.sql.Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT name, title, created, archived FROM projects WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(project(r)) : Optional.empty();
            }
        }
    }

    static TeamException notFound(String name) {
        return TeamException.invalid("project.notFound", "no project named '" + name + "'", "project", name);
    }

    private static TeamProject project(ResultSet r) throws SQLException {
        r.getLong(4);
        boolean archived = !r.wasNull();
        return new TeamProject(r.getString(1), r.getString(2), r.getLong(3), archived);
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw TeamException.invalid("team.projectName", "a project's name is its folder: 1 to 40 lower-case"
                    + " letters a-z, digits and dashes, starting with a letter or digit; got '" + name + "'",
                    "name", name);
        }
    }

    private static String checkedTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE || t.chars().anyMatch(Character::isISOControl)) {
            throw TeamException.invalid("team.projectTitle", "a project's title is 1 to " + MAX_TITLE
                    + " characters on one line", "max", MAX_TITLE);
        }
        return t;
    }

    /** Closes every open project; each close is tried even if one fails. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (Project p : open.values()) {
            try {
                p.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
