package dk.kodetrae.export;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.coding.Origin;
import dk.kodetrae.coding.Review;
import dk.kodetrae.coding.Viewer;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.GroupLabels;
import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.message.InvalidInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the excerpts of an export from the project: the codings of the chosen codes (each code with its
 * sub-codes) that the coding filter admits, of the interviews that meet the filters, in respondent speech unless
 * asked otherwise, each with where it came from and its review.
 */
public final class ExcerptSource {
    private final Corpus corpus;
    private final Codebooks codebooks;
    private final Codings codings;

    public ExcerptSource(Corpus corpus, Codebooks codebooks, Codings codings) {
        this.corpus = corpus;
        this.codebooks = codebooks;
        this.codings = codings;
    }

    /**
     * What to export.
     *
     * @param codeKeys the codes whose subtrees are exported; empty for the whole codebook
     * @param groupBy     the attribute whose value labels each excerpt's group, or null for none
     * @param groupLabels the report wording of each group (e.g. "Kommuner med ressourceteam")
     * @param codings     which codings to export
     * @param viewer      who exports (an open coding round hides the other coders' codings from them)
     */
    public record Selection(String codebookId, List<String> codeKeys, String groupBy, Map<String, Set<String>> where,
                            boolean respondentOnly, GroupLabels groupLabels, CodingFilter codings, Viewer viewer) {
        public Selection {
            codeKeys = List.copyOf(codeKeys);
            where = Map.copyOf(where);
            if (codings == null || viewer == null) {
                throw new IllegalArgumentException("codings and viewer must not be null (use CodingFilter.DEFAULT,"
                        + " Viewer.NOBODY)");
            }
        }

        /** Exported by a reader without a coder name. */
        public Selection(String codebookId, List<String> codeKeys, String groupBy, Map<String, Set<String>> where,
                         boolean respondentOnly, GroupLabels groupLabels, CodingFilter codings) {
            this(codebookId, codeKeys, groupBy, where, respondentOnly, groupLabels, codings, Viewer.NOBODY);
        }

        /** The codings {@link CodingFilter#DEFAULT} admits. */
        public Selection(String codebookId, List<String> codeKeys, String groupBy, Map<String, Set<String>> where,
                         boolean respondentOnly, GroupLabels groupLabels) {
            this(codebookId, codeKeys, groupBy, where, respondentOnly, groupLabels, CodingFilter.DEFAULT);
        }
    }

    /** The excerpts and the code order (the codebook tree in pre-order) the exporter sorts them by. */
    public record Excerpts(List<Excerpt> excerpts, List<CodeRef> codeOrder) {
    }

    public Excerpts collect(Selection s) {
        List<Code> tree = codebooks.codes(s.codebookId());
        Map<Long, Code> byId = new HashMap<>();
        tree.forEach(c -> byId.put(c.id(), c));
        Set<Long> chosen = chosen(tree, byId, s.codeKeys());
        List<CodeRef> order = tree.stream().filter(c -> chosen.contains(c.id()))
                .map(c -> new CodeRef(c.key(), c.name())).toList();
        List<Excerpt> out = new ArrayList<>();
        for (Document d : corpus.documents()) {
            if (d.meets(s.where())) {
                addDocument(d, s, chosen, byId, out);
            }
        }
        return new Excerpts(out, order);
    }

    private void addDocument(Document d, Selection s, Set<Long> chosen, Map<Long, Code> byId, List<Excerpt> out) {
        List<Coding> coded = codings.forDocument(d.id(), s.viewer()).stream()
                .filter(k -> chosen.contains(k.codeId()) && s.codings().admits(k)).toList();
        if (coded.isEmpty()) {
            return;
        }
        String text = corpus.text(d.id());
        List<Turn> turns = corpus.turns(d.id());
        List<Sentence> sentences = corpus.sentences(d.id());
        String group = s.groupBy() == null ? ""
                : s.groupLabels().label(s.groupBy(), d.attributes().getOrDefault(s.groupBy(), "–"));
        for (Coding k : coded) {
            Turn turn = Turn.containing(turns, k.span().start()).orElse(null);
            if (s.respondentOnly() && (turn == null || turn.role() != SpeakerRole.RESPONDENT)) {
                continue;
            }
            out.add(new Excerpt(path(byId, byId.get(k.codeId())), d.name(), d.attributes(), group, k.span(),
                    text.substring(k.span().start(), k.span().end()), inside(sentences, k.span()),
                    turn == null ? "" : turn.speaker(), k.coder(), provenance(k)));
        }
    }

    private static Provenance provenance(Coding k) {
        String rule = k.origin() instanceof Origin.Auto auto ? auto.rule() : "";
        Review r = k.review();
        return new Provenance(k.origin().id(), rule, r.state(), r.reviewer() == null ? "" : r.reviewer(),
                r.reviewedAt() == null ? "" : r.reviewedAt());
    }

    private static Set<Long> chosen(List<Code> tree, Map<Long, Code> byId, List<String> keys) {
        if (keys.isEmpty()) {
            Set<Long> all = new LinkedHashSet<>();
            tree.forEach(c -> all.add(c.id()));
            return all;
        }
        Set<Long> roots = new LinkedHashSet<>();
        for (String key : keys) {
            roots.add(tree.stream().filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow(() -> new InvalidInput("export.unknownCode", "no code '" + key + "' in the codebook",
                            "code", key)).id());
        }
        Set<Long> out = new LinkedHashSet<>();
        for (Code c : tree) {
            for (Code at = c; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
                if (roots.contains(at.id())) {
                    out.add(c.id());
                    break;
                }
            }
        }
        return out;
    }

    private static List<CodeRef> path(Map<Long, Code> byId, Code code) {
        List<CodeRef> path = new ArrayList<>();
        for (Code c = code; c != null; c = c.parentId() == null ? null : byId.get(c.parentId())) {
            path.addFirst(new CodeRef(c.key(), c.name()));
        }
        return path;
    }

    /** Sentences overlapping the span, clipped to it, relative to its start. */
    private static List<Span> inside(List<Sentence> sentences, Span span) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.span().overlaps(span)) {
                out.add(new Span(Math.max(s.span().start(), span.start()) - span.start(),
                        Math.min(s.span().end(), span.end()) - span.start()));
            }
        }
        return out;
    }
}
