package dk.kodetrae.analysis;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.coding.Viewer;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.GroupLabels;
import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.message.InvalidInput;
import dk.kodetrae.message.Message;
import dk.kodetrae.store.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Code frequencies across groups of interviews: rows are the codes of a codebook (a code's counts include its
 * sub-codes), columns are groups defined by attribute conditions. By default only respondent speech counts:
 * a coding counts when it starts in a respondent turn, and coverage is coded words per 10,000 respondent words.
 * Which codings count is the request's {@link CodingFilter} (manual and accepted auto codings unless asked
 * otherwise); every cell also says how many passages a rule coded that nobody has reviewed, so none are hidden.
 * Thread-safe; reads a snapshot that is rebuilt only when the store has changed.
 */
public final class Crosstab {
    private final SnapshotLoader snapshots;
    private final Corpus corpus;

    public Crosstab(Store store, Corpus corpus, Codebooks codebooks) {
        this.snapshots = new SnapshotLoader(store, corpus, codebooks);
        this.corpus = corpus;
    }

    /** What the table shows; all three are computed, the measure says which one a view leads with. */
    public enum Measure { PASSAGES, INTERVIEWS, COVERAGE }

    /** A column: a name and the attribute conditions its interviews meet (values of one attribute are alternatives). */
    public record Group(String name, Map<String, Set<String>> where) {
    }

    /**
     * @param where            conditions every counted interview meets (e.g. rolle = borger)
     * @param respondentOnly   count only codings that start in respondent speech (the default)
     * @param statistics       also compute tests (Fisher or chi-square, permutation, bootstrap, Benjamini–Hochberg)
     * @param clusterAttribute the attribute interviews are nested in (e.g. kommune), for the honesty note; null
     *                         when they are not nested
     * @param codings          which codings count
     * @param viewer           who reads the table (an open coding round hides the other coders' codings)
     */
    public record Request(String codebookId, List<Group> groups, Map<String, Set<String>> where,
                          boolean respondentOnly, boolean statistics, String clusterAttribute, long seed,
                          CodingFilter codings, Viewer viewer) {
        public Request {
            groups = List.copyOf(groups);
            where = Map.copyOf(where);
            if (groups.isEmpty()) {
                throw new IllegalArgumentException("a crosstab needs at least one group");
            }
            if (codings == null || viewer == null) {
                throw new IllegalArgumentException("a crosstab needs a coding filter and a viewer");
            }
        }

        /** A request read by a reader without a coder name. */
        public Request(String codebookId, List<Group> groups, Map<String, Set<String>> where, boolean respondentOnly,
                       boolean statistics, String clusterAttribute, long seed, CodingFilter codings) {
            this(codebookId, groups, where, respondentOnly, statistics, clusterAttribute, seed, codings,
                    Viewer.NOBODY);
        }

        /** A request that counts what {@link CodingFilter#DEFAULT} admits. */
        public Request(String codebookId, List<Group> groups, Map<String, Set<String>> where, boolean respondentOnly,
                       boolean statistics, String clusterAttribute, long seed) {
            this(codebookId, groups, where, respondentOnly, statistics, clusterAttribute, seed, CodingFilter.DEFAULT);
        }
    }

    /** One group per value of {@code attribute} among the documents, in value order, named by {@code labels}. */
    public List<Group> groupsBy(String attribute, GroupLabels labels) {
        Set<String> values = new TreeSet<>();
        corpus.documents().forEach(d -> {
            String v = d.attributes().get(attribute);
            if (v != null) {
                values.add(v);
            }
        });
        if (values.isEmpty()) {
            throw new InvalidInput("compare.noSuchAttribute", "no document has the attribute '" + attribute + "'",
                    "attribute", attribute);
        }
        return values.stream().map(v -> new Group(labels.label(attribute, v), Map.of(attribute, Set.of(v)))).toList();
    }

    /** A column's facts: its interviews, their respondent words, and the clusters (e.g. municipalities) they come from. */
    public record GroupInfo(String name, Map<String, Set<String>> where, int interviews, long respondentWords,
                            Set<String> clusters) {
    }

    /**
     * One cell.
     *
     * @param interviewShare interviews with the code, as a share (0–1) of the group's interviews
     * @param coverage       coded words (overlaps counted once) per 10,000 respondent words
     * @param unreviewed     passages coded by a rule and not yet reviewed, whether or not the filter counts them
     */
    public record Cell(int passages, int interviews, double interviewShare, double coverage, int unreviewed) {
    }

    /**
     * Tests for one code; absent values are not computed or not reportable ({@code note} says why, in English, and
     * {@code noteCode} the same as a stable code for clients that translate, e.g. compare.note.oneGroup; both are
     * empty when there is nothing to say).
     */
    public record RowStats(String test, Double p, Double q, Double coverageDifference, Double permutationP,
                           Double permutationQ, Double ciLow, Double ciHigh, String note, String noteCode) {
    }

    /** One code's row. */
    public record Row(long codeId, String key, String name, String color, int depth, List<Cell> cells, Cell total,
                      RowStats stats) {
    }

    /**
     * The table; {@code total} is the row of any code of the codebook; {@code codings} the filter in force;
     * {@code caveats} say what limits its reading (few municipalities, tests not reported), each as a code with
     * parameters and the English text, so that the page can say it in its own language.
     */
    public record Table(String codebookId, List<GroupInfo> groups, List<Row> rows, Row total, List<Message> caveats,
                        long tookMicros, CodingFilter codings) {
    }

    public Table compute(Request request) {
        long started = System.nanoTime();
        CodingSnapshot s = snapshots.snapshot(request.viewer());
        int[][] docGroups = docGroups(s, request);
        List<Integer> rows = rowsOf(s, request.codebookId());
        boolean[] wanted = new boolean[s.codes.size()];
        rows.forEach(r -> wanted[r] = true);
        Counts counts = Counts.of(s, docGroups, request.groups().size(), request.respondentOnly(), wanted,
                request.codings());
        List<GroupInfo> groups = groupInfo(s, request, docGroups);
        List<Row> out = new ArrayList<>();
        for (int r : rows) {
            Code code = s.codes.get(r);
            out.add(new Row(code.id(), code.key(), code.name(), code.color(), s.rollUp[r].length - 1,
                    cells(counts, r, groups), total(counts, r, groups), null));
        }
        Row total = new Row(0, "", "Alle koder", "#000000", 0, cells(counts, counts.totalRow(), groups),
                total(counts, counts.totalRow(), groups), null);
        List<Message> caveats = new ArrayList<>(clusterCaveats(request.clusterAttribute(), groups));
        if (request.statistics()) {
            out = RowTests.apply(out, rows, counts, groups, docGroups, s, request.seed(), caveats);
        }
        return new Table(request.codebookId(), groups, out, total, caveats, (System.nanoTime() - started) / 1_000,
                request.codings());
    }

    private static List<Integer> rowsOf(CodingSnapshot s, String codebookId) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < s.codes.size(); i++) {
            if (s.codes.get(i).codebookId().equals(codebookId)) {
                rows.add(i);
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidInput("compare.emptyCodebook", "no codebook '" + codebookId + "' (or it has no codes)",
                    "codebook", codebookId);
        }
        return rows;
    }

    private static int[][] docGroups(CodingSnapshot s, Request request) {
        int[][] out = new int[s.documents.size()][];
        for (int d = 0; d < out.length; d++) {
            Document doc = s.documents.get(d);
            if (!doc.meets(request.where())) {
                out[d] = new int[0];
                continue;
            }
            int[] gs = new int[request.groups().size()];
            int n = 0;
            for (int g = 0; g < gs.length; g++) {
                if (doc.meets(request.groups().get(g).where())) {
                    gs[n++] = g;
                }
            }
            out[d] = Arrays.copyOf(gs, n);
        }
        return out;
    }

    private static List<GroupInfo> groupInfo(CodingSnapshot s, Request request, int[][] docGroups) {
        int k = request.groups().size();
        int[] interviews = new int[k];
        long[] words = new long[k];
        List<Set<String>> clusters = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            clusters.add(new TreeSet<>());
        }
        for (int d = 0; d < docGroups.length; d++) {
            for (int g : docGroups[d]) {
                interviews[g]++;
                words[g] += s.respondentWords[d];
                String cluster = request.clusterAttribute() == null ? null
                        : s.documents.get(d).attributes().get(request.clusterAttribute());
                if (cluster != null) {
                    clusters.get(g).add(cluster);
                }
            }
        }
        List<GroupInfo> out = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            Group group = request.groups().get(g);
            out.add(new GroupInfo(group.name(), group.where(), interviews[g], words[g], clusters.get(g)));
        }
        return out;
    }

    private static List<Cell> cells(Counts c, int row, List<GroupInfo> groups) {
        List<Cell> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            out.add(cell(c.passages[row][g], c.interviews[row][g], c.words[row][g], groups.get(g).interviews(),
                    groups.get(g).respondentWords(), c.unreviewed[row][g]));
        }
        return out;
    }

    private static Cell total(Counts c, int row, List<GroupInfo> groups) {
        int passages = 0;
        int interviews = 0;
        long words = 0;
        int allInterviews = 0;
        long allWords = 0;
        int unreviewed = 0;
        for (int g = 0; g < groups.size(); g++) {
            passages += c.passages[row][g];
            unreviewed += c.unreviewed[row][g];
            interviews += c.interviews[row][g];
            words += c.words[row][g];
            allInterviews += groups.get(g).interviews();
            allWords += groups.get(g).respondentWords();
        }
        return cell(passages, interviews, words, allInterviews, allWords, unreviewed);
    }

    private static Cell cell(int passages, int interviews, long words, int groupInterviews, long groupWords,
                             int unreviewed) {
        return new Cell(passages, interviews, groupInterviews == 0 ? 0 : (double) interviews / groupInterviews,
                groupWords == 0 ? 0 : 10_000.0 * words / groupWords, unreviewed);
    }

    private static List<Message> clusterCaveats(String attribute, List<GroupInfo> groups) {
        if (groups.size() != 2 || groups.get(0).clusters().isEmpty() || groups.get(1).clusters().isEmpty()) {
            return List.of();
        }
        Set<String> shared = new HashSet<>(groups.get(0).clusters());
        shared.retainAll(groups.get(1).clusters());
        if (!shared.isEmpty()) {
            return List.of();
        }
        ClusterCaveat c = Statistics.clusterCaveat(attribute, groups.get(0).clusters().size(),
                groups.get(1).clusters().size());
        return List.of(c.message());
    }

    /** Code × code co-occurrence in the same unit, with Jaccard's index over units. */
    public record Cooccurrence(List<String> keys, List<String> names, int[][] units, double[][] jaccard) {
    }

    /** Co-occurrence of the codings {@link CodingFilter#DEFAULT} admits; see the full method. */
    public Cooccurrence cooccurrence(String codebookId, boolean turns, Map<String, Set<String>> where,
                                     boolean respondentOnly) {
        return cooccurrence(codebookId, turns, where, respondentOnly, CodingFilter.DEFAULT, Viewer.NOBODY);
    }

    /**
     * Co-occurrence of a codebook's codes (with roll-up) in the same sentence ({@code turns} false) or turn,
     * counting the codings {@code codings} admits that {@code viewer} sees.
     */
    public Cooccurrence cooccurrence(String codebookId, boolean turns, Map<String, Set<String>> where,
                                     boolean respondentOnly, CodingFilter codings, Viewer viewer) {
        CodingSnapshot s = snapshots.snapshot(viewer);
        List<Integer> rows = rowsOf(s, codebookId);
        int[] position = new int[s.codes.size()];
        Arrays.fill(position, -1);
        for (int i = 0; i < rows.size(); i++) {
            position[rows.get(i)] = i;
        }
        int n = rows.size();
        int[][] both = new int[n][n];
        int i = 0;
        while (i < s.codings()) {
            int d = s.codingDoc[i];
            int j = i;
            while (j < s.codings() && s.codingDoc[j] == d) {
                j++;
            }
            if (s.documents.get(d).meets(where)) {
                countDocument(s, i, j, units(s.documents.get(d), turns), position, respondentOnly, codings, both);
            }
            i = j;
        }
        double[][] jaccard = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int union = both[a][a] + both[b][b] - both[a][b];
                jaccard[a][b] = union == 0 ? 0 : (double) both[a][b] / union;
            }
        }
        return new Cooccurrence(rows.stream().map(r -> s.codes.get(r).key()).toList(),
                rows.stream().map(r -> s.codes.get(r).name()).toList(), both, jaccard);
    }

    private List<Span> units(Document d, boolean turns) {
        return turns ? corpus.turns(d.id()).stream().map(Turn::span).toList()
                : corpus.sentences(d.id()).stream().map(Sentence::span).toList();
    }

    private static void countDocument(CodingSnapshot s, int from, int to, List<Span> units, int[] position,
                                      boolean respondentOnly, CodingFilter codings, int[][] both) {
        Map<Integer, Set<Integer>> codesPerUnit = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            if (respondentOnly && !s.codingRespondent[i] || !s.admits(i, codings)) {
                continue;
            }
            Span coded = new Span(s.codingStart[i], s.codingEnd[i]);
            for (int u = 0; u < units.size(); u++) {
                if (units.get(u).overlaps(coded)) {
                    for (int r : s.rollUp[s.codingCode[i]]) {
                        if (position[r] >= 0) {
                            codesPerUnit.computeIfAbsent(u, k -> new HashSet<>()).add(position[r]);
                        }
                    }
                }
            }
        }
        for (Set<Integer> codes : codesPerUnit.values()) {
            for (int a : codes) {
                for (int b : codes) {
                    both[a][b]++;
                }
            }
        }
    }

    static OptionalDouble optional(Double d) {
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }
}
