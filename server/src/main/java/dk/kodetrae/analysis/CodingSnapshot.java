package dk.kodetrae.analysis;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.coding.Visibility;
import dk.kodetrae.corpus.Document;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, array-based copy of what a crosstab reads: every coding that is not rejected (sorted by document,
 * then start) with its review state, whether it starts in respondent speech and the start offsets of each
 * document's words. Built once per store state, so a crosstab over a million codings is one pass over primitive
 * arrays.
 */
final class CodingSnapshot {
    static final byte NO_REVIEW = 0;
    static final byte ACCEPTED = 1;
    static final byte UNREVIEWED = 2;

    final long version;
    final List<Document> documents;
    final Map<Long, Integer> documentIndex;
    final List<Code> codes;
    final Map<Long, Integer> codeIndex;
    /** For each code index, the indexes of the code and all its ancestors (a coding counts for all of them). */
    final int[][] rollUp;
    final int[] codingDoc;
    final int[] codingCode;
    final int[] codingStart;
    final int[] codingEnd;
    final boolean[] codingRespondent;
    /** Per coding, its review: {@link #NO_REVIEW} (manual, imported), {@link #ACCEPTED} or {@link #UNREVIEWED}. */
    final byte[] codingReview;
    /** Per coding, who made it, and whether a rule did (what a blind round needs to know). */
    final String[] codingCoder;
    final boolean[] codingAuto;
    /** Per document, sorted start offsets of its words. */
    final int[][] wordStarts;
    /** Per document, the number of words spoken by respondents. */
    final int[] respondentWords;
    /** Per coding, the words it covers (what it adds to coverage unless it overlaps an earlier coding). */
    final int[] codingWords;

    CodingSnapshot(long version, List<Document> documents, List<Code> codes, int[] doc, int[] code, int[] start,
                   int[] end, boolean[] respondent, byte[] review, String[] coder, boolean[] auto, int[][] wordStarts,
                   int[] respondentWords) {
        this.version = version;
        this.documents = List.copyOf(documents);
        this.codes = List.copyOf(codes);
        this.documentIndex = index(documents.stream().map(Document::id).toList());
        this.codeIndex = index(codes.stream().map(Code::id).toList());
        this.rollUp = rollUp(this.codes, codeIndex);
        this.codingDoc = doc;
        this.codingCode = code;
        this.codingStart = start;
        this.codingEnd = end;
        this.codingRespondent = respondent;
        this.codingReview = review;
        this.codingCoder = coder;
        this.codingAuto = auto;
        this.wordStarts = wordStarts;
        this.respondentWords = respondentWords;
        this.codingWords = new int[doc.length];
        for (int i = 0; i < doc.length; i++) {
            codingWords[i] = words(doc[i], start[i], end[i]);
        }
    }

    int codings() {
        return codingDoc.length;
    }

    /** This snapshot without the codings {@code sight} hides (itself when it hides none). */
    CodingSnapshot seenBy(Visibility sight) {
        if (!sight.hidesAny()) {
            return this;
        }
        int[] kept = java.util.stream.IntStream.range(0, codings()).filter(i -> sight.shows(
                documents.get(codingDoc[i]).id(), codes.get(codingCode[i]).id(), codingCoder[i], codingAuto[i]))
                .toArray();
        boolean[] respondent = new boolean[kept.length];
        byte[] review = new byte[kept.length];
        String[] coder = new String[kept.length];
        boolean[] auto = new boolean[kept.length];
        for (int k = 0; k < kept.length; k++) {
            respondent[k] = codingRespondent[kept[k]];
            review[k] = codingReview[kept[k]];
            coder[k] = codingCoder[kept[k]];
            auto[k] = codingAuto[kept[k]];
        }
        return new CodingSnapshot(version, documents, codes, pick(codingDoc, kept), pick(codingCode, kept),
                pick(codingStart, kept), pick(codingEnd, kept), respondent, review, coder, auto, wordStarts,
                respondentWords);
    }

    private static int[] pick(int[] values, int[] kept) {
        return Arrays.stream(kept).map(i -> values[i]).toArray();
    }

    /** Whether coding {@code i} counts under {@code filter}. */
    boolean admits(int i, CodingFilter filter) {
        return switch (filter) {
            case MANUAL -> codingReview[i] == NO_REVIEW;
            case REVIEWED -> codingReview[i] != UNREVIEWED;
            case ALL -> true;
        };
    }

    /** Words whose first character lies in [from, to) of a document. */
    int words(int document, int from, int to) {
        return Words.count(wordStarts[document], from, to);
    }

    private static Map<Long, Integer> index(List<Long> ids) {
        Map<Long, Integer> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), i);
        }
        return out;
    }

    private static int[][] rollUp(List<Code> codes, Map<Long, Integer> index) {
        int[][] out = new int[codes.size()][];
        for (int i = 0; i < codes.size(); i++) {
            int depth = 0;
            for (Code c = codes.get(i); c != null; c = parent(codes, index, c)) {
                depth++;
            }
            out[i] = new int[depth];
            int k = 0;
            for (Code c = codes.get(i); c != null; c = parent(codes, index, c)) {
                out[i][k++] = index.get(c.id());
            }
        }
        return out;
    }

    private static Code parent(List<Code> codes, Map<Long, Integer> index, Code c) {
        return c.parentId() == null ? null : codes.get(index.get(c.parentId()));
    }
}
