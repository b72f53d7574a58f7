package dk.kodetrae.analysis;

import dk.kodetrae.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The tests of a crosstab, per code: interviews with the code by group (Fisher's exact test for two groups,
 * chi-square for more, unless its expected counts are too small), and for two groups a permutation test and a
 * bootstrap interval on per-interview coverage; Benjamini–Hochberg across codes for each kind of p.
 */
final class RowTests {
    private RowTests() {
    }

    static List<Crosstab.Row> apply(List<Crosstab.Row> rows, List<Integer> codeRows, Counts counts,
                                    List<Crosstab.GroupInfo> groups, int[][] docGroups, CodingSnapshot s, long seed,
                                    List<Message> caveats) {
        List<Crosstab.RowStats> stats = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            stats.add(test(codeRows.get(i), counts, groups, docGroups, s, seed + i));
        }
        List<OptionalDouble> q = Statistics.benjaminiHochberg(stats.stream().map(st -> Crosstab.optional(st.p())).toList());
        List<OptionalDouble> permQ = Statistics.benjaminiHochberg(
                stats.stream().map(st -> Crosstab.optional(st.permutationP())).toList());
        List<Crosstab.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Crosstab.Row r = rows.get(i);
            Crosstab.RowStats st = stats.get(i);
            out.add(new Crosstab.Row(r.codeId(), r.key(), r.name(), r.color(), r.depth(), r.cells(), r.total(),
                    new Crosstab.RowStats(st.test(), st.p(), value(q.get(i)), st.coverageDifference(),
                            st.permutationP(), value(permQ.get(i)), st.ciLow(), st.ciHigh(), st.note(), st.noteCode())));
        }
        if (stats.stream().anyMatch(st -> st.p() == null && st.test().equals("chi-square"))) {
            caveats.add(Message.of("compare.chiSquareNotReported",
                    "Chi-square is not reported for codes whose expected counts are too small (Cochran's rule)."));
        }
        return out;
    }

    private static Crosstab.RowStats test(int row, Counts c, List<Crosstab.GroupInfo> groups, int[][] docGroups,
                                          CodingSnapshot s, long seed) {
        int k = groups.size();
        if (k < 2) {
            return new Crosstab.RowStats("none", null, null, null, null, null, null, null, "one group: nothing to compare",
                    "compare.note.oneGroup");
        }
        if (passages(c, row, k) == 0) {
            // A test of nothing against nothing gives p = 1, which reads as evidence of no difference; there is none.
            return new Crosstab.RowStats("none", null, null, null, null, null, null, null, "no passages: nothing to test",
                    "compare.note.noPassages");
        }
        int[][] table = new int[2][k];
        for (int g = 0; g < k; g++) {
            table[0][g] = c.interviews[row][g];
            table[1][g] = groups.get(g).interviews() - c.interviews[row][g];
        }
        if (k > 2) {
            ChiSquareResult chi = Statistics.chiSquare(table);
            return new Crosstab.RowStats("chi-square", chi.reportable() ? chi.p().getAsDouble() : null, null, null,
                    null, null, null, null, chi.reportable() ? "" : chi.reportability().explanation(),
                    chi.reportable() ? "" : "compare.note." + chi.reportability().code());
        }
        FisherResult fisher = Statistics.fisherExact(table);
        return withCoverage(fisher.pTwoSided(), row, c, docGroups, s, seed);
    }

    private static Crosstab.RowStats withCoverage(double fisherP, int row, Counts c, int[][] docGroups,
                                                  CodingSnapshot s, long seed) {
        List<Double> values = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int d = 0; d < docGroups.length; d++) {
            if (docGroups[d].length == 1 && s.respondentWords[d] > 0) {
                values.add(10_000.0 * c.documentWords[row][d] / s.respondentWords[d]);
                labels.add(docGroups[d][0] + 1);
            }
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        int[] g = labels.stream().mapToInt(Integer::intValue).toArray();
        if (!bothGroupsPresent(g)) {
            return new Crosstab.RowStats("fisher", fisherP, null, null, null, null, null, null,
                    "coverage tests need interviews in both groups", "compare.note.coverageNeedsBothGroups");
        }
        PermutationResult perm = Statistics.permutationTest(v, g, seed);
        BootstrapInterval ci = Statistics.bootstrapMeanDifference(v, g, seed);
        return new Crosstab.RowStats("fisher", fisherP, null, perm.meanDifference(), perm.p(), null, ci.lower(),
                ci.upper(), "", "");
    }

    private static int passages(Counts c, int row, int groups) {
        int n = 0;
        for (int g = 0; g < groups; g++) {
            n += c.passages[row][g];
        }
        return n;
    }

    private static boolean bothGroupsPresent(int[] labels) {
        boolean one = false;
        boolean two = false;
        for (int l : labels) {
            one |= l == 1;
            two |= l == 2;
        }
        return one && two;
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
