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
import dk.kodetrae.history.About;
import dk.kodetrae.history.Action;
import dk.kodetrae.history.History;
import dk.kodetrae.history.Recording;
import dk.kodetrae.store.Change;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rule-based auto-coding. A code's rule is a query in the search language; it codes whole units (sentences or
 * turns). Applying is idempotent and touches only this code's unreviewed auto codings: matches that are new are
 * added, unreviewed ones the rule no longer matches are removed, the kept ones name the current rule; reviewed
 * (accepted or rejected), manual and imported codings are never touched, and a passage one of them covers exactly is
 * not coded again. Applying, accepting and rejecting are steps of the actor's undo history.
 */
public final class AutoCoder {
    private static final int SAMPLE = 20;

    private final Store store;
    private final Corpus corpus;
    private final SearchIndex index;
    private final Codebooks codebooks;
    private final History history;

    public AutoCoder(Store store, Corpus corpus, SearchIndex index, Codebooks codebooks, History history) {
        this.store = store;
        this.corpus = corpus;
        this.index = index;
        this.codebooks = codebooks;
        this.history = history;
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
        Origin.Auto rule = new Origin.Auto(code.rule().query(), code.ruleVersion());
        Set<Located> wanted = new HashSet<>();
        matches(code).forEach(m -> wanted.add(new Located(m.documentId(), m.span())));
        return store.write(c -> {
            Recording step = history.record(actor, Action.AUTOCODE);
            Existing existing = Existing.read(c, codeId);
            int removed = existing.removeStale(c, wanted, step);
            existing.nameRule(c, wanted, rule, step);
            int added = 0;
            String now = store.clock().instant().toString();
            for (Located s : wanted) {
                if (existing.leavesFree(s)) {
                    Coding k = CodingRows.insert(c, new Coding(0, s.documentId(), codeId, s.span(), actor, rule,
                            Review.UNREVIEWED, now));
                    step.created(CodingRows.TABLE, k.id());
                    added++;
                }
            }
            int kept = existing.unreviewed().size() - removed;
            store.logChange(c, new Change(actor, "autocode", "code", Long.toString(codeId),
                    "rule v" + code.ruleVersion() + ": +" + added + " -" + removed + " =" + kept));
            step.about(new About(code.name(), null, null, added + removed)).finish(c);
            return new Result(codeId, code.name(), added, removed, kept);
        });
    }

    /**
     * A code's codings before its rule is applied: the unreviewed auto codings (the rule's to change) and the places
     * every other coding of the code holds (manual, imported, accepted, rejected: never coded again by the rule).
     */
    private record Existing(Map<Located, Coding> unreviewed, Set<Located> blocked) {
        static Existing read(Connection c, long codeId) throws SQLException {
            Existing out = new Existing(new HashMap<>(), new HashSet<>());
            for (Coding k : CodingRows.selectAll(c, "code_id = ?", codeId)) {
                Located at = new Located(k.documentId(), k.span());
                if (k.review() instanceof Review.Unreviewed) {
                    out.unreviewed.put(at, k);
                } else {
                    out.blocked.add(at);
                }
            }
            return out;
        }

        /** Deletes the unreviewed codings the rule no longer makes; returns how many. */
        int removeStale(Connection c, Set<Located> wanted, Recording step) throws SQLException {
            int n = 0;
            for (Map.Entry<Located, Coding> e : unreviewed.entrySet()) {
                if (!wanted.contains(e.getKey())) {
                    step.before(c, CodingRows.TABLE, e.getValue().id());
                    CodingRows.delete(c, e.getValue().id());
                    n++;
                }
            }
            return n;
        }

        /** The unreviewed codings the rule still makes name it as it is now. */
        void nameRule(Connection c, Set<Located> wanted, Origin.Auto rule, Recording step) throws SQLException {
            for (Map.Entry<Located, Coding> e : unreviewed.entrySet()) {
                if (wanted.contains(e.getKey()) && !e.getValue().origin().equals(rule)) {
                    step.before(c, CodingRows.TABLE, e.getValue().id());
                    CodingRows.setRule(c, e.getValue().id(), rule);
                }
            }
        }

        boolean leavesFree(Located at) {
            return !unreviewed.containsKey(at) && !blocked.contains(at);
        }
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

    /**
     * Accepts unreviewed auto codings: they stay auto codings, with the reviewer and the time of the decision.
     * Returns how many were accepted; others are left as they are.
     */
    public int accept(List<Long> codingIds, String reviewer) {
        return review(codingIds, reviewer, true);
    }

    /**
     * Rejects auto codings (unreviewed or accepted ones): hidden everywhere and not made again when the rule is
     * applied again. Returns how many.
     */
    public int reject(List<Long> codingIds, String reviewer) {
        return review(codingIds, reviewer, false);
    }

    /** The ids of a document's unreviewed auto codings (of one code, or of all when {@code codeId} is null). */
    public List<Long> autoCodings(long documentId, Long codeId) {
        String where = "document_id = ? AND review = 'unreviewed'";
        return store.read(c -> (codeId == null ? CodingRows.select(c, where, documentId)
                : CodingRows.select(c, where + " AND code_id = ?", documentId, codeId))
                .stream().map(Coding::id).toList());
    }

    private int review(List<Long> ids, String reviewer, boolean accept) {
        String who = Codings.requireCoder(reviewer);
        return store.write(c -> {
            Recording step = history.record(who, ids.size() == 1 ? (accept ? Action.ACCEPT : Action.REJECT)
                    : (accept ? Action.ACCEPT_ALL : Action.REJECT_ALL));
            String at = store.clock().instant().toString();
            Review decision = accept ? new Review.Accepted(who, at) : new Review.Rejected(who, at);
            List<Coding> decided = new ArrayList<>();
            for (long id : ids) {
                Optional<Coding> k = CodingRows.byId(c, id).filter(x -> decidable(x, accept));
                if (k.isPresent()) {
                    step.before(c, CodingRows.TABLE, id);
                    CodingRows.setReview(c, id, decision);
                    Coding after = new Coding(id, k.get().documentId(), k.get().codeId(), k.get().span(),
                            k.get().coder(), k.get().origin(), decision, k.get().created());
                    store.logChange(c, new Change(who, accept ? "accept" : "reject", "coding", Long.toString(id),
                            Codings.describe(after)));
                    decided.add(after);
                }
            }
            step.about(about(c, decided)).finish(c);
            return decided.size();
        });
    }

    private static boolean decidable(Coding k, boolean accept) {
        return k.review() instanceof Review.Unreviewed || !accept && k.review() instanceof Review.Accepted;
    }

    /** The code and document the decided codings share, named; null where they differ. */
    private static About about(Connection c, List<Coding> decided) throws SQLException {
        if (decided.isEmpty()) {
            return new About(null, null, null, 0);
        }
        Coding first = decided.getFirst();
        boolean oneCode = decided.stream().allMatch(k -> k.codeId() == first.codeId());
        boolean oneDocument = decided.stream().allMatch(k -> k.documentId() == first.documentId());
        return new About(oneCode ? Names.code(c, first.codeId()) : null,
                oneDocument ? Names.document(c, first.documentId()) : null, null, decided.size());
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

    private Map<Long, Document> documents() {
        Map<Long, Document> out = new HashMap<>();
        corpus.documents().forEach(d -> out.put(d.id(), d));
        return out;
    }

    /** A span in a given document, as a set key. */
    private record Located(long documentId, Span span) {
    }
}
