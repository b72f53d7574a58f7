package dk.kodetrae.coding;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.message.InvalidInput;
import dk.kodetrae.search.SearchIndex;
import dk.kodetrae.search.SearchRequest;
import dk.kodetrae.search.Unit;
import dk.kodetrae.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Retrieval of coded text: every passage under a code (the code view), and code queries combined with a text query
 * and attribute filters. Results carry their context and document attributes, in reading order, paged.
 */
public final class Retrieval {
    private static final int CONTEXT = 80;

    private final Store store;
    private final Corpus corpus;
    private final SearchIndex index;
    private final Codebooks codebooks;

    public Retrieval(Store store, Corpus corpus, SearchIndex index, Codebooks codebooks) {
        this.store = store;
        this.corpus = corpus;
        this.index = index;
        this.codebooks = codebooks;
    }

    /**
     * A passage with its context. For code-view passages {@code codingId} names the coding and {@code origin} and
     * {@code review} are its {@link Origin#id()} and {@link Review#state()}; otherwise 0 and "".
     */
    public record Passage(long documentId, String documentName, Map<String, String> attributes, Span span,
                          String speaker, SpeakerRole role, String left, String text, String right, long codingId,
                          long codeId, String origin, String review) {
    }

    /** One page of passages, with counts over all of them and the coding filter they were retrieved under. */
    public record Page(int total, List<Passage> passages, Map<String, Integer> perDocument, CodingFilter codings) {
    }

    /**
     * Filters shared by both kinds of retrieval; {@code codings} says which codings count, {@code viewer} who reads
     * them (an open round hides the other coders' codings from them).
     */
    public record Filter(Map<String, Set<String>> where, Optional<SpeakerRole> speaker, int offset, int limit,
                         CodingFilter codings, Viewer viewer) {
        public Filter {
            if (codings == null || viewer == null) {
                throw new IllegalArgumentException("a retrieval needs a coding filter and a viewer");
            }
        }

        /** Read by a reader without a coder name. */
        public Filter(Map<String, Set<String>> where, Optional<SpeakerRole> speaker, int offset, int limit,
                      CodingFilter codings) {
            this(where, speaker, offset, limit, codings, Viewer.NOBODY);
        }

        /** Counts what {@link CodingFilter#DEFAULT} admits. */
        public Filter(Map<String, Set<String>> where, Optional<SpeakerRole> speaker, int offset, int limit) {
            this(where, speaker, offset, limit, CodingFilter.DEFAULT);
        }

        /** Every document, every speaker and every coding that is not rejected; the first 50. */
        public static Filter all() {
            return new Filter(Map.of(), Optional.empty(), 0, 50, CodingFilter.ALL);
        }
    }

    /** Every coding of a code (and of its sub-codes when asked) that the filter admits, in reading order. */
    public Page codePassages(long codeId, boolean withSubcodes, Filter filter) {
        Set<Long> codes = withSubcodes ? codebooks.withDescendants(codeId) : Set.of(codebooks.code(codeId).id());
        Map<Long, Document> docs = documents(filter);
        List<Coding> codings = store.read(c -> visible(c, filter.viewer(), filter.codings().where() + " AND code_id IN ("
                + placeholders(codes.size()) + ") ORDER BY document_id, start_offset, end_offset", codes.toArray()));
        List<Coding> kept = new ArrayList<>();
        Map<Long, List<Turn>> turns = new HashMap<>();
        for (Coding k : codings) {
            Document d = docs.get(k.documentId());
            if (d != null && speakerMatches(filter, turnAt(turns, k.documentId(), k.span().start()))) {
                kept.add(k);
            }
        }
        kept.sort((a, b) -> docs.get(a.documentId()).name().compareTo(docs.get(b.documentId()).name()) != 0
                ? docs.get(a.documentId()).name().compareTo(docs.get(b.documentId()).name())
                : Integer.compare(a.span().start(), b.span().start()));
        Map<Long, String> texts = new HashMap<>();
        List<Passage> page = kept.stream().skip(filter.offset()).limit(filter.limit())
                .map(k -> passage(docs.get(k.documentId()), texts, k.span(),
                        turnAt(turns, k.documentId(), k.span().start()), k.id(), k.codeId(), k.origin().id(),
                        k.review().state()))
                .toList();
        return new Page(kept.size(), page, perDocument(kept.stream().map(k -> docs.get(k.documentId()).name()).toList()),
                filter.codings());
    }

    /** Units that satisfy a code query, a text query (may be blank) and the filters. */
    public Page query(String codeQuery, String textQuery, Unit unit, Filter filter) {
        CodeQuery q = CodeQuery.parse(codeQuery);
        Map<String, Set<Long>> atoms = resolve(q);
        SearchRequest request = SearchRequest.of(textQuery).withUnit(unit).withWhere(filter.where());
        if (filter.speaker().isPresent()) {
            request = request.withSpeaker(filter.speaker().get());
        }
        List<SearchIndex.UnitMatch> candidates = index.allMatches(request);
        Map<Long, Map<String, List<Span>>> codingsByDoc = codings(atoms, filter);
        Map<Long, Document> docs = documents(Filter.all());
        Map<Long, List<Span>> unitsByDoc = new HashMap<>();
        Map<Long, BitSet> satisfied = new HashMap<>();
        List<SearchIndex.UnitMatch> hits = new ArrayList<>();
        for (SearchIndex.UnitMatch m : candidates) {
            if (!codingsByDoc.containsKey(m.documentId())) {
                continue;
            }
            List<Span> units = unitsByDoc.computeIfAbsent(m.documentId(), id -> units(id, unit));
            BitSet ok = satisfied.computeIfAbsent(m.documentId(),
                    id -> new Evaluation(units, codingsByDoc.get(id)).of(q));
            int at = java.util.Collections.binarySearch(units, m.span(), (a, b) -> Integer.compare(a.start(), b.start()));
            if (at >= 0 && ok.get(at)) {
                hits.add(m);
            }
        }
        Map<Long, List<Turn>> turns = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        List<Passage> page = hits.stream().skip(filter.offset()).limit(filter.limit())
                .map(m -> passage(docs.get(m.documentId()), texts, m.span(),
                        turnAt(turns, m.documentId(), m.span().start()), 0, 0, "", ""))
                .toList();
        return new Page(hits.size(), page, perDocument(hits.stream().map(m -> docs.get(m.documentId()).name()).toList()),
                filter.codings());
    }

    private Map<String, Set<Long>> resolve(CodeQuery q) {
        Map<String, Code> byKey = new HashMap<>();
        codebooks.allCodes().forEach(code -> byKey.putIfAbsent(code.key(), code));
        Map<String, Set<Long>> out = new HashMap<>();
        for (CodeQuery.Atom a : atoms(q, new ArrayList<>())) {
            Code code = byKey.get(a.key());
            if (code == null) {
                throw new InvalidInput("codeQuery.unknownCode", "no code 'code:" + a.key() + "' in the project",
                        "code", a.key());
            }
            out.put(Evaluation.name(a), a.withSubcodes() ? codebooks.withDescendants(code.id()) : Set.of(code.id()));
        }
        return out;
    }

    private static List<CodeQuery.Atom> atoms(CodeQuery q, List<CodeQuery.Atom> into) {
        switch (q) {
            case CodeQuery.Atom a -> into.add(a);
            case CodeQuery.Op op -> {
                atoms(op.left(), into);
                atoms(op.right(), into);
            }
        }
        return into;
    }

    /** Per document, per atom name, the spans coded with that atom's codes by codings the filter admits. */
    private Map<Long, Map<String, List<Span>>> codings(Map<String, Set<Long>> atoms, Filter filter) {
        Set<Long> all = atoms.values().stream().flatMap(Collection::stream).collect(Collectors.toSet());
        List<Coding> codings = store.read(c -> visible(c, filter.viewer(), filter.codings().where() + " AND code_id IN ("
                + placeholders(all.size()) + ") ORDER BY document_id, start_offset", all.toArray()));
        Map<Long, Map<String, List<Span>>> out = new HashMap<>();
        for (Coding k : codings) {
            atoms.forEach((name, codes) -> {
                if (codes.contains(k.codeId())) {
                    out.computeIfAbsent(k.documentId(), d -> new HashMap<>())
                            .computeIfAbsent(name, n -> new ArrayList<>()).add(k.span());
                }
            });
        }
        return out;
    }

    /** The codings that meet {@code where} and that {@code viewer} sees. */
    private static List<Coding> visible(Connection c, Viewer viewer, String where, Object... args) throws SQLException {
        Visibility sight = Visibility.of(c, viewer);
        return CodingRows.selectAll(c, where, args).stream().filter(sight::shows).toList();
    }

    private List<Span> units(long documentId, Unit unit) {
        return unit == Unit.TURN
                ? corpus.turns(documentId).stream().map(Turn::span).toList()
                : corpus.sentences(documentId).stream().map(s -> s.span()).toList();
    }

    /** A passage with its context; {@code texts} caches document texts across one page. */
    private Passage passage(Document d, Map<Long, String> texts, Span span, Turn turn, long codingId, long codeId,
                            String origin, String review) {
        String text = texts.computeIfAbsent(d.id(), corpus::text);
        int from = Math.max(0, span.start() - CONTEXT);
        int to = Math.min(text.length(), span.end() + CONTEXT);
        return new Passage(d.id(), d.name(), d.attributes(), span, turn == null ? "" : turn.speaker(),
                turn == null ? SpeakerRole.OTHER : turn.role(), text.substring(from, span.start()).replace('\n', ' '),
                text.substring(span.start(), span.end()), text.substring(span.end(), to).replace('\n', ' '),
                codingId, codeId, origin, review);
    }

    private Turn turnAt(Map<Long, List<Turn>> cache, long documentId, int offset) {
        return Turn.containing(cache.computeIfAbsent(documentId, corpus::turns), offset).orElse(null);
    }

    private static boolean speakerMatches(Filter filter, Turn turn) {
        return filter.speaker().isEmpty() || turn != null && turn.role() == filter.speaker().get();
    }

    private Map<Long, Document> documents(Filter filter) {
        Map<Long, Document> out = new HashMap<>();
        for (Document d : corpus.documents()) {
            if (d.meets(filter.where())) {
                out.put(d.id(), d);
            }
        }
        return out;
    }

    private static Map<String, Integer> perDocument(List<String> names) {
        Map<String, Integer> out = new TreeMap<>();
        names.forEach(n -> out.merge(n, 1, Integer::sum));
        return out;
    }

    static String placeholders(int n) {
        return n == 0 ? "NULL" : String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** Evaluates a code query over the units of one document. */
    private record Evaluation(List<Span> units, Map<String, List<Span>> coded) {
        static String name(CodeQuery.Atom a) {
            return a.key() + (a.withSubcodes() ? "*" : "");
        }

        BitSet of(CodeQuery q) {
            return switch (q) {
                case CodeQuery.Atom a -> touching(coded.getOrDefault(name(a), List.of()));
                case CodeQuery.Op op -> switch (op.operator()) {
                    case AND -> and(of(op.left()), of(op.right()));
                    case OR -> or(of(op.left()), of(op.right()));
                    case NOT -> andNot(of(op.left()), of(op.right()));
                    case NEAR -> and(of(op.left()), widen(of(op.right()), op.distance()));
                    case OVERLAPS -> touching(overlaps((CodeQuery.Atom) op.left(), (CodeQuery.Atom) op.right()));
                };
            };
        }

        private BitSet touching(List<Span> spans) {
            BitSet out = new BitSet(units.size());
            for (int i = 0; i < units.size(); i++) {
                for (Span s : spans) {
                    if (s.overlaps(units.get(i))) {
                        out.set(i);
                        break;
                    }
                }
            }
            return out;
        }

        private List<Span> overlaps(CodeQuery.Atom a, CodeQuery.Atom b) {
            List<Span> out = new ArrayList<>();
            for (Span x : coded.getOrDefault(name(a), List.of())) {
                for (Span y : coded.getOrDefault(name(b), List.of())) {
                    if (x.overlaps(y)) {
                        out.add(new Span(Math.max(x.start(), y.start()), Math.min(x.end(), y.end())));
                    }
                }
            }
            return out;
        }

        private static BitSet widen(BitSet set, int by) {
            BitSet out = new BitSet();
            set.stream().forEach(i -> out.set(Math.max(0, i - by), i + by + 1));
            return out;
        }

        private static BitSet and(BitSet a, BitSet b) {
            BitSet out = (BitSet) a.clone();
            out.and(b);
            return out;
        }

        private static BitSet or(BitSet a, BitSet b) {
            BitSet out = (BitSet) a.clone();
            out.or(b);
            return out;
        }

        private static BitSet andNot(BitSet a, BitSet b) {
            BitSet out = (BitSet) a.clone();
            out.andNot(b);
            return out;
        }
    }
}
