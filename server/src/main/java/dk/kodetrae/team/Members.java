package dk.kodetrae.team;

import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is a member of which project of a team server, in which role. Members are accounts of {@code team.db}
 * (removing an account removes its memberships). Thread-safe.
 */
public final class Members {
    private final Store store;

    Members(Store store) {
        this.store = store;
    }

    /** Makes {@code user} a member of {@code project} in {@code role}, or gives a member that role instead. */
    public Membership set(String project, String user, Role role) {
        return store.write(c -> {
            Projects.find(c, project).orElseThrow(() -> Projects.notFound(project));
            long id = userId(c, user);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO members(project, user_id, role) VALUES (?, ?, ?)"
                    + " ON CONFLICT (project, user_id) DO UPDATE SET role = excluded.role")) {
                s.setString(1, project);
                s.setLong(2, id);
                s.setString(3, role.id());
                s.executeUpdate();
            }
            return new Membership(project, user, role);
        });
    }

    /** Ends {@code user}'s membership of {@code project}; whether they were a member. */
    public boolean remove(String project, String user) {
        return store.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM members WHERE project = ?"
                    + " AND user_id = (SELECT id FROM users WHERE name = ?)")) {
                s.setString(1, project);
                s.setString(2, user);
                return s.executeUpdate() > 0;
            }
        });
    }

    /** The members of {@code project}, by name. */
    public List<Membership> of(String project) {
        return list("m.project = ?", project);
    }

    /** The memberships of {@code user}, by project. */
    public List<Membership> ofUser(String user) {
        return list("u.name = ?", user);
    }

    /** {@code user}'s role in {@code project}, if they are a member of it and it is not archived. */
    public Optional<Role> role(String user, String project) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT m.role FROM members m JOIN users u ON u.id = m.user_id"
                    + " JOIN projects p ON p.name = m.project WHERE u.name = ? AND m.project = ?"
                    + " AND p.archived IS NULL")) {
                s.setString(1, user);
                s.setString(2, project);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(Role.of(r.getString(1))) : Optional.empty();
                }
            }
        });
    }

    private List<Membership> list(String where, String value) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT m.project, u.name, m.role FROM members m"
                    + " JOIN users u ON u.id = m.user_id WHERE " + where + " ORDER BY m.project, u.name")) {
                s.setString(1, value);
                try (ResultSet r = s.executeQuery()) {
                    List<Membership> out = new ArrayList<>();
                    while (r.next()) {
                        out.add(new Membership(r.getString(1), r.getString(2), Role.of(r.getString(3))));
                    }
                    return out;
                }
            }
        });
    }

    private static long userId(Connection c, String user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM users WHERE name = ?")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw TeamException.invalid("user.notFound", "no account named '" + user + "'", "user", user);
                }
                return r.getLong(1);
            }
        }
    }
}
