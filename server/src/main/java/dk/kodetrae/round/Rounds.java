package dk.kodetrae.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens, lists and closes coding rounds. Each open and close is one transaction with its change-log entry: when the
 * method returns the round is blind (or revealed) for every reader.
 */
public final class Rounds {
    /** The consensus coder's name when the researcher names none. */
    public static final String CONSENSUS = "konsensus";
    private static final int MAX_NAME = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;

    public Rounds(Store store) {
        this.store = store;
    }

    /** Opens a round; refused (nothing written) when a document, codebook or code does not exist. */
    public Round open(NewRound r, String actor) {
        String name = text(r.name(), "name");
        String consensus = r.consensusCoder() == null || r.consensusCoder().isBlank() ? CONSENSUS
                : text(r.consensusCoder(), "consensusCoder");
        checkCoders(r.coders(), consensus);
        if (r.documentIds().isEmpty()) {
            throw RoundException.invalid("round.noDocuments", "a round needs at least one document");
        }
        return store.write(c -> {
            check(c, r);
            long id = insert(c, r, name, consensus, actor);
            Round round = RoundRows.byId(c, id).orElseThrow();
            store.logChange(c, new Change(actor, "open", "round", Long.toString(id), describe(round)));
            return round;
        });
    }

    /** Every round, newest first. */
    public List<Round> list() {
        return store.read(RoundRows::all);
    }

    public Round get(long id) {
        return find(id).orElseThrow(() -> RoundException.notFound(id));
    }

    public Optional<Round> find(long id) {
        return store.read(c -> RoundRows.byId(c, id));
    }

    /** Closes a round, revealing every coder's codings; refused when it is closed already. */
    public Round close(long id, String actor) {
        return store.write(c -> {
            Round round = RoundRows.byId(c, id).orElseThrow(() -> RoundException.notFound(id));
            if (!round.open()) {
                throw RoundException.invalid("round.closed", "round " + id + " is closed already", "id", id);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE coding_round SET closed_by = ?, closed_at = ? WHERE id = ?")) {
                p.setString(1, actor);
                p.setString(2, store.clock().instant().toString());
                p.setLong(3, id);
                p.executeUpdate();
            }
            store.logChange(c, new Change(actor, "close", "round", Long.toString(id), null));
            return RoundRows.byId(c, id).orElseThrow();
        });
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_NAME) {
            throw RoundException.invalid("round.field", field + " must be 1 to " + MAX_NAME + " characters",
                    "field", field, "max", MAX_NAME);
        }
        return value.strip();
    }

    private static void checkCoders(List<String> coders, String consensus) {
        if (coders.size() < 2) {
            throw RoundException.invalid("round.coders", "a round needs at least two coders, got " + coders.size(),
                    "got", coders.size());
        }
        coders.forEach(coder -> text(coder, "coders"));
        if (coders.contains(consensus)) {
            throw RoundException.invalid("round.consensusIsCoder", "the consensus coder '" + consensus
                    + "' cannot also be one of the round's coders", "coder", consensus);
        }
    }

    private static void check(Connection c, NewRound r) throws SQLException {
        if (!exists(c, "SELECT 1 FROM codebook WHERE id = ?", r.codebookId())) {
            throw RoundException.invalid("round.codebook", "no codebook '" + r.codebookId() + "'",
                    "codebook", String.valueOf(r.codebookId()));
        }
        for (long code : r.codeIds()) {
            if (!exists(c, "SELECT 1 FROM code WHERE id = ? AND codebook_id = ?", code, r.codebookId())) {
                throw RoundException.invalid("round.code", "codebook '" + r.codebookId() + "' has no code with id "
                        + code, "code", code, "codebook", r.codebookId());
            }
        }
        for (long document : r.documentIds()) {
            if (!exists(c, "SELECT 1 FROM document WHERE id = ?", document)) {
                throw RoundException.invalid("round.document", "no document with id " + document,
                        "document", document);
            }
        }
    }

    private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private long insert(Connection c, NewRound r, String name, String consensus, String actor) throws SQLException {
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO coding_round(name, codebook_id, show_auto,"
                + " consensus_coder, opened_by, opened_at) VALUES (?,?,?,?,?,?) RETURNING id")) {
            p.setString(1, name);
            p.setString(2, r.codebookId());
            p.setInt(3, r.showAuto() ? 1 : 0);
            p.setString(4, consensus);
            p.setString(5, actor);
            p.setString(6, store.clock().instant().toString());
            id = Store.insertedId(p);
        }
        RoundRows.insertAll(c, "INSERT INTO coding_round_document(round_id, document_id) VALUES (?,?)", id,
                new ArrayList<>(r.documentIds().stream().distinct().toList()));
        RoundRows.insertAll(c, "INSERT INTO coding_round_code(round_id, code_id) VALUES (?,?)", id,
                new ArrayList<>(r.codeIds().stream().distinct().toList()));
        RoundRows.insertAll(c, "INSERT INTO coding_round_coder(round_id, coder) VALUES (?,?)", id,
                new ArrayList<>(r.coders()));
        return id;
    }

    /** A round as the change log keeps it, as JSON. */
    private static String describe(Round r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", r.name());
        out.put("codebookId", r.codebookId());
        out.put("codeIds", r.codeIds());
        out.put("documentIds", r.documentIds());
        out.put("coders", r.coders());
        out.put("showAuto", r.showAuto());
        out.put("consensusCoder", r.consensusCoder());
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a round is always serialisable", e);
        }
    }
}
