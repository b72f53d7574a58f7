package dk.kodetrae.coding;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.codebook.Rule;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.search.SearchIndex;
import dk.kodetrae.search.SearchRequest;
import dk.kodetrae.search.Unit;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rule-based auto-coding. A code's rule is a query in the search language; it codes whole units (sentences or
 * turns). Applying is idempotent and touches only this code's auto codings: matches that are new are added,
 * auto codings the rule no longer matches are removed, rejected ones stay rejected, manual codings are never touched.
 */
public final class AutoCoder {
    private static final int SAMPLE = 20;

    private final Store store;
    private final Corpus corpus;
    private final SearchIndex index;
    private final Codebooks codebooks;

    public AutoCoder(Store store, Corpus corpus, SearchIndex index, Codebooks codebooks) {
        this.store = store;
        this.corpus = corpus;
        this.index = index;
        this.codebooks = codebooks;
    }

    /** What the rule would code, before anything is written. */
    public record Preview(long codeId, String rule, int total, Map<String, Integer> perDocument, List<Sample> sample) {
    }

    /** One passage the rule matches. */
    public record Sample(String documentName, Span span, String text) {
    }

    /** What applying did. */
    public record Result(long codeId, String codeName, int added, int removed, int kept) {
    }

    public Preview preview(long codeId) {
        Code code = codebooks.code(codeId);
        List<SearchIndex.UnitMatch> matches = matches(code);
        Map<Long, Document> docs = documents();
        Map<String, Integer> perDocument = new TreeMap<>();
        matches.forEach(m -> perDocument.merge(docs.get(m.documentId()).name(), 1, Integer::sum));
        List<Sample> sample = new ArrayList<>();
        int step = Math.max(1, matches.size() / SAMPLE);
        for (int i = 0; i < matches.size() && sample.size() < SAMPLE; i += step) {
            SearchIndex.UnitMatch m = matches.get(i);
            String text = corpus.text(m.documentId());
            sample.add(new Sample(docs.get(m.documentId()).name(), m.span(),
                    text.substring(m.span().start(), m.span().end())));
        }
        return new Preview(codeId, code.rule().query(), matches.size(), perDocument, sample);
    }

    /** Applies the code's current rule; see the class comment for what changes. */
    public Result apply(long codeId, String actor) {
        Code code = codebooks.code(codeId);
        Set<Located> wanted = new HashSet<>();
        matches(code).forEach(m -> wanted.add(new Located(m.documentId(), m.span())));
        return store.write(c -> {
            Map<Located, Coding> auto = new HashMap<>();
            CodingRows.select(c, "code_id = ? AND origin = 'auto'", codeId)
                    .forEach(k -> auto.put(new Located(k.documentId(), k.span()), k));
            Set<Located> blocked = new HashSet<>(spans(c, "code_id = ? AND origin = 'manual' AND status = 'active'", codeId));
            blocked.addAll(spans(c, "code_id = ? AND status = 'rejected'", codeId));
            List<Long> stale = auto.entrySet().stream().filter(e -> !wanted.contains(e.getKey()))
                    .map(e -> e.getValue().id()).toList();
            CodingRows.deleteAll(c, stale);
            int added = 0;
            String now = store.clock().instant().toString();
            for (Located s : wanted) {
                if (!auto.containsKey(s) && !blocked.contains(s)) {
                    CodingRows.insert(c, new Coding(0, s.documentId(), codeId, s.span(), actor, Origin.AUTO,
                            code.rule().query(), code.ruleVersion(), now));
                    added++;
                }
            }
            markRule(c, code);
            int kept = auto.size() - stale.size();
            store.logChange(c, new Change(actor, "autocode", "code", Long.toString(codeId),
                    "rule v" + code.ruleVersion() + ": +" + added + " -" + stale.size() + " =" + kept));
            return new Result(codeId, code.name(), added, stale.size(), kept);
        });
    }

    /** Applies every rule of a codebook (or only {@code codeId} when given); returns one result per code. */
    public List<Result> applyAll(String codebookId, String actor) {
        List<Result> out = new ArrayList<>();
        for (Code code : codebooks.codes(codebookId)) {
            if (code.rule() != null) {
                out.add(apply(code.id(), actor));
            }
        }
        return out;
    }

    /** Accepts auto codings: they become manual codings of {@code reviewer}. Returns how many. */
    public int accept(List<Long> codingIds, String reviewer) {
        return review(codingIds, reviewer, "UPDATE coding SET origin = 'manual', coder = ? WHERE id = ? AND origin = 'auto' AND status = 'active'", "accept");
    }

    /** Rejects auto codings: hidden everywhere and not re-created when the rule is applied again. */
    public int reject(List<Long> codingIds, String reviewer) {
        return review(codingIds, reviewer, "UPDATE coding SET status = 'rejected', coder = ? WHERE id = ? AND origin = 'auto' AND status = 'active'", "reject");
    }

    /** The ids of a document's auto codings (of one code, or of all when {@code codeId} is null). */
    public List<Long> autoCodings(long documentId, Long codeId) {
        return store.read(c -> (codeId == null
                ? CodingRows.select(c, "document_id = ? AND origin = 'auto'", documentId)
                : CodingRows.select(c, "document_id = ? AND origin = 'auto' AND code_id = ?", documentId, codeId))
                .stream().map(Coding::id).toList());
    }

    private int review(List<Long> ids, String reviewer, String sql, String action) {
        if (reviewer == null || reviewer.isBlank()) {
            throw CodingException.invalid("a review needs the reviewer's name");
        }
        return store.write(c -> {
            int n = 0;
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (long id : ids) {
                    p.setString(1, reviewer);
                    p.setLong(2, id);
                    n += p.executeUpdate();
                }
            }
            store.logChange(c, new Change(reviewer, action, "coding", null, n + " auto codings: " + ids));
            return n;
        });
    }

    private List<SearchIndex.UnitMatch> matches(Code code) {
        Rule rule = code.rule();
        if (rule == null) {
            throw CodingException.invalid("code '" + code.name() + "' has no auto-coding rule");
        }
        SearchRequest request = SearchRequest.of(rule.query()).withUnit(Unit.of(rule.unit()));
        if (!rule.speaker().equals("any")) {
            request = request.withSpeaker(SpeakerRole.of(rule.speaker()));
        }
        return index.allMatches(request);
    }

    private static void markRule(Connection c, Code code) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE coding SET rule_query = ?, rule_version = ? WHERE code_id = ? AND origin = 'auto'")) {
            p.setString(1, code.rule().query());
            p.setInt(2, code.ruleVersion());
            p.setLong(3, code.id());
            p.executeUpdate();
        }
    }

    private static List<Located> spans(Connection c, String where, long codeId) throws SQLException {
        List<Located> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT document_id, start_offset, end_offset FROM coding WHERE " + where)) {
            p.setLong(1, codeId);
            try (var r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Located(r.getLong(1), new Span(r.getInt(2), r.getInt(3))));
                }
            }
        }
        return out;
    }

    private Map<Long, Document> documents() {
        Map<Long, Document> out = new HashMap<>();
        corpus.documents().forEach(d -> out.put(d.id(), d));
        return out;
    }

    /** A span in a given document, as a set key. */
    private record Located(long documentId, Span span) {
    }
}
