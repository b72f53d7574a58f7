package dk.kodetrae.coding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which codings one reader may see now: every coding, except those an open coding round hides from them. A round
 * hides a coding when the coding lies in one of its documents, has one of its codes, was made by someone other
 * than the reader, and is not an auto coding the round shows. Every coding read path (the reader's codings,
 * counts, retrieval, code queries, compare, exports) asks this, so a round is blind everywhere at once. The
 * rounds are written by package {@code round} (tables of schema V9); they are read here, where codings are read.
 */
public final class Visibility {
    private static final Visibility EVERYTHING = new Visibility(null, List.of());

    private final String reader;
    private final List<Blind> blinds;

    private Visibility(String reader, List<Blind> blinds) {
        this.reader = reader;
        this.blinds = blinds;
    }

    /** What {@code viewer} may see, as the store says inside this read. */
    public static Visibility of(Connection c, Viewer viewer) throws SQLException {
        List<Blind> blinds = openRounds(c);
        return blinds.isEmpty() ? EVERYTHING : new Visibility(viewer.name(), blinds);
    }

    /** Whether some coding may be hidden from this reader; when not, readers may skip asking {@link #shows}. */
    public boolean hidesAny() {
        return !blinds.isEmpty();
    }

    public boolean shows(Coding k) {
        return shows(k.documentId(), k.codeId(), k.coder(), k.origin() instanceof Origin.Auto);
    }

    /** Whether the reader sees a coding of {@code codeId} in {@code documentId} made by {@code coder}. */
    public boolean shows(long documentId, long codeId, String coder, boolean auto) {
        if (coder != null && coder.equals(reader)) {
            return true;
        }
        for (Blind b : blinds) {
            if (b.documents.contains(documentId) && b.codes.contains(codeId) && !(auto && b.showAuto)) {
                return false;
            }
        }
        return true;
    }

    /** One open round's scope. */
    private record Blind(Set<Long> documents, Set<Long> codes, boolean showAuto) {
    }

    private static List<Blind> openRounds(Connection c) throws SQLException {
        Map<Long, Boolean> rounds = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, show_auto FROM coding_round WHERE closed_at IS NULL");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                rounds.put(r.getLong(1), r.getInt(2) == 1);
            }
        }
        List<Blind> out = new ArrayList<>();
        for (Map.Entry<Long, Boolean> round : rounds.entrySet()) {
            out.add(new Blind(ids(c, "SELECT document_id FROM coding_round_document WHERE round_id = ?", round.getKey()),
                    codes(c, round.getKey()), round.getValue()));
        }
        return out;
    }

    /** The round's chosen codes, or every code of its codebook when it chose none. */
    private static Set<Long> codes(Connection c, long round) throws SQLException {
        Set<Long> chosen = ids(c, "SELECT code_id FROM coding_round_code WHERE round_id = ?", round);
        return chosen.isEmpty() ? ids(c, "SELECT k.id FROM code k JOIN coding_round r ON r.codebook_id = k.codebook_id"
                + " WHERE r.id = ?", round) : chosen;
    }

    private static Set<Long> ids(Connection c, String sql, long round) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, round);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }
}
