package dk.kodetrae.analysis;

import dk.kodetrae.coding.CodingFilter;
import java.util.Arrays;

/**
 * Counts of one crosstab: per code row (with roll-up; the last row is "any code") and per document, passages and
 * coded words (overlapping codings counted once) of the codings the filter admits, then summed per group; beside
 * them, whatever the filter, the passages coded by a rule that nobody has reviewed yet.
 */
final class Counts {
    final int[][] passages;
    /** Per row and group: unreviewed auto codings, counted whether or not the filter admits them. */
    final int[][] unreviewed;
    final int[][] interviews;
    final long[][] words;
    /** Per row and document: coded words (0 where the code does not occur). */
    final int[][] documentWords;
    /** Per row and document: whether the code occurs. */
    final boolean[][] present;

    private Counts(int rows, int groups, int documents) {
        passages = new int[rows][groups];
        unreviewed = new int[rows][groups];
        interviews = new int[rows][groups];
        words = new long[rows][groups];
        documentWords = new int[rows][documents];
        present = new boolean[rows][documents];
    }

    int totalRow() {
        return passages.length - 1;
    }

    /**
     * @param rowsWanted which code rows to count (those of the requested codebook); the total row is always counted
     */
    static Counts of(CodingSnapshot s, int[][] docGroups, int groups, boolean respondentOnly, boolean[] rowsWanted,
                     CodingFilter filter) {
        int rows = s.codes.size() + 1;
        int total = rows - 1;
        Counts c = new Counts(rows, groups, s.documents.size());
        int[][] documentPassages = new int[rows][s.documents.size()];
        int[] lastDoc = new int[rows];
        int[] coveredTo = new int[rows];
        Arrays.fill(lastDoc, -1);
        for (int i = 0; i < s.codings(); i++) {
            int d = s.codingDoc[i];
            if (docGroups[d].length == 0 || respondentOnly && !s.codingRespondent[i]) {
                continue;
            }
            int[] rollUp = s.rollUp[s.codingCode[i]];
            if (!rowsWanted[rollUp[0]]) {
                continue;
            }
            if (s.codingReview[i] == CodingSnapshot.UNREVIEWED) {
                c.countUnreviewed(rollUp, total, docGroups[d]);
            }
            if (!s.admits(i, filter)) {
                continue;
            }
            for (int r : rollUp) {
                c.add(s, i, d, r, documentPassages, lastDoc, coveredTo);
            }
            c.add(s, i, d, total, documentPassages, lastDoc, coveredTo);
        }
        c.sumGroups(docGroups, documentPassages, rowsWanted);
        return c;
    }

    private void countUnreviewed(int[] rollUp, int total, int[] groupsOfDocument) {
        for (int g : groupsOfDocument) {
            for (int r : rollUp) {
                unreviewed[r][g]++;
            }
            unreviewed[total][g]++;
        }
    }

    private void add(CodingSnapshot s, int i, int d, int r, int[][] documentPassages, int[] lastDoc, int[] coveredTo) {
        if (lastDoc[r] != d) {
            lastDoc[r] = d;
            coveredTo[r] = -1;
            present[r][d] = true;
        }
        documentPassages[r][d]++;
        if (s.codingStart[i] >= coveredTo[r]) {
            documentWords[r][d] += s.codingWords[i];
            coveredTo[r] = s.codingEnd[i];
        } else if (s.codingEnd[i] > coveredTo[r]) {
            documentWords[r][d] += s.words(d, coveredTo[r], s.codingEnd[i]);
            coveredTo[r] = s.codingEnd[i];
        }
    }

    private void sumGroups(int[][] docGroups, int[][] documentPassages, boolean[] rowsWanted) {
        for (int r = 0; r < passages.length; r++) {
            if (r < rowsWanted.length && !rowsWanted[r]) {
                continue;
            }
            for (int d = 0; d < docGroups.length; d++) {
                if (!present[r][d]) {
                    continue;
                }
                for (int g : docGroups[d]) {
                    passages[r][g] += documentPassages[r][d];
                    interviews[r][g]++;
                    words[r][g] += documentWords[r][d];
                }
            }
        }
    }
}
