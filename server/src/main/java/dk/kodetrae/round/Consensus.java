package dk.kodetrae.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.history.About;
import dk.kodetrae.history.Action;
import dk.kodetrae.history.History;
import dk.kodetrae.history.Recording;
import dk.kodetrae.history.RowWriter;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.RowImage;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consensus decisions on a closed round: each writes (except a drop) one coding of the round's consensus coder
 * through {@link Codings}, the only writer of coding rows, so that compare and the exports count it like any other
 * coding. Each decision is one transaction with its change-log entries, and a step of the researcher's undo history.
 */
public final class Consensus {
    static final String TABLE = "consensus_decision";
    /** How the undo history writes decision rows back: through this package, their only writer. */
    public static final RowWriter WRITER = (c, id, now, to) -> RowImage.restore(c, TABLE, id, now, to);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Codings codings;
    private final History history;

    public Consensus(Store store, Codings codings, History history) {
        this.store = store;
        this.codings = codings;
        this.history = history;
    }

    /**
     * A researcher's request.
     *
     * @param decision take, adjust or drop
     * @param codingId for take: the coder's coding to take
     * @param start    for adjust and drop: the passage (UTF-16 code units, end exclusive)
     */
    public record Request(long documentId, long codeId, String decision, Long codingId, Integer start, Integer end) {
    }

    /** Resolves one disagreement; refused (nothing written) while the round is open or when the request does not fit it. */
    public Decision decide(long roundId, Request request, String actor) {
        Decision.Kind kind = Decision.Kind.of(request.decision());
        Coding taken = kind == Decision.Kind.TAKE ? taken(request) : null;
        Span span = taken != null ? taken.span() : span(request);
        return store.write(c -> {
            Round round = RoundRows.byId(c, roundId).orElseThrow(() -> RoundException.notFound(roundId));
            check(c, round, request, taken);
            Recording step = history.record(actor, Action.CONSENSUS);
            Long coding = kind == Decision.Kind.DROP ? null : codings.add(c, request.documentId(), request.codeId(),
                    span, round.consensusCoder(), actor, step).id();
            Decision d = insert(c, new Decision(0, roundId, request.documentId(), request.codeId(), kind,
                    taken == null ? null : taken.coder(), span, coding, actor, store.clock().instant().toString()));
            step.created(TABLE, d.id());
            store.logChange(c, new Change(actor, "consensus-" + kind.id(), "round", Long.toString(roundId),
                    describe(d)));
            step.about(new About(name(c, "code", d.codeId()), name(c, "document", d.documentId()), null, 1))
                    .finish(c);
            return d;
        });
    }

    /** The round's decisions in the order they were made. */
    public List<Decision> decisions(long roundId) {
        return store.read(c -> {
            List<Decision> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, round_id, document_id, code_id, decision,"
                    + " taken_from, start_offset, end_offset, coding_id, decided_by, decided_at FROM " + TABLE
                    + " WHERE round_id = ? ORDER BY id")) {
                p.setLong(1, roundId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Decision(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4),
                                Decision.Kind.of(r.getString(5)), r.getString(6), new Span(r.getInt(7), r.getInt(8)),
                                r.getObject(9) == null ? null : r.getLong(9), r.getString(10), r.getString(11)));
                    }
                }
            }
            return out;
        });
    }

    private Coding taken(Request request) {
        if (request.codingId() == null) {
            throw RoundException.invalid("consensus.codingRequired", "take needs the codingId of the coding to take");
        }
        return codings.get(request.codingId()).orElseThrow(() -> RoundException.invalid("consensus.coding",
                "no coding with id " + request.codingId(), "coding", request.codingId()));
    }

    private static Span span(Request request) {
        if (request.start() == null || request.end() == null || request.start() < 0
                || request.end() <= request.start()) {
            throw RoundException.invalid("consensus.span", "adjust and drop need 0 <= start < end, got ["
                    + request.start() + ", " + request.end() + ")", "start", String.valueOf(request.start()),
                    "end", String.valueOf(request.end()));
        }
        return new Span(request.start(), request.end());
    }

    private static void check(Connection c, Round round, Request request, Coding taken) throws SQLException {
        if (round.open()) {
            throw RoundException.invalid("consensus.roundOpen", "round " + round.id()
                    + " is still open: close it before deciding on consensus", "id", round.id());
        }
        if (!round.documentIds().contains(request.documentId())) {
            throw RoundException.invalid("consensus.document", "document " + request.documentId()
                    + " is not in round " + round.id(), "document", request.documentId(), "id", round.id());
        }
        if (!inScope(c, round, request.codeId())) {
            throw RoundException.invalid("consensus.code", "code " + request.codeId() + " is not in round "
                    + round.id(), "code", request.codeId(), "id", round.id());
        }
        if (taken != null && (taken.documentId() != request.documentId() || taken.codeId() != request.codeId()
                || !round.coders().contains(taken.coder()))) {
            throw RoundException.invalid("consensus.takenCoding", "coding " + taken.id() + " is not a round coder's"
                    + " coding of this code in this document", "coding", taken.id());
        }
    }

    private static boolean inScope(Connection c, Round round, long codeId) throws SQLException {
        if (!round.codeIds().isEmpty()) {
            return round.codeIds().contains(codeId);
        }
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM code WHERE id = ? AND codebook_id = ?")) {
            p.setLong(1, codeId);
            p.setString(2, round.codebookId());
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Decision insert(Connection c, Decision d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + TABLE + "(round_id, document_id, code_id,"
                + " decision, taken_from, start_offset, end_offset, coding_id, decided_by, decided_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id")) {
            p.setLong(1, d.roundId());
            p.setLong(2, d.documentId());
            p.setLong(3, d.codeId());
            p.setString(4, d.kind().id());
            p.setString(5, d.takenFrom());
            p.setInt(6, d.span().start());
            p.setInt(7, d.span().end());
            p.setObject(8, d.codingId());
            p.setString(9, d.decidedBy());
            p.setString(10, d.decidedAt());
            return new Decision(Store.insertedId(p), d.roundId(), d.documentId(), d.codeId(), d.kind(),
                    d.takenFrom(), d.span(), d.codingId(), d.decidedBy(), d.decidedAt());
        }
    }

    private static String name(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT name FROM " + table + " WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** A decision as the change log keeps it, as JSON. */
    private static String describe(Decision d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decision", d.kind().id());
        out.put("documentId", d.documentId());
        out.put("codeId", d.codeId());
        out.put("start", d.span().start());
        out.put("end", d.span().end());
        out.put("takenFrom", d.takenFrom());
        out.put("codingId", d.codingId());
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision is always serialisable", e);
        }
    }
}
