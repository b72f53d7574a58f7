package dk.kodetrae.analysis;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.coding.Viewer;
import dk.kodetrae.coding.Visibility;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.store.Store;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds {@link CodingSnapshot}s from the store and keeps the newest one until the store changes. */
final class SnapshotLoader {
    private static final String[] ENTITIES = {"document", "attribute", "code", "codebook", "coding"};

    private final Store store;
    private final Corpus corpus;
    private final Codebooks codebooks;
    private volatile CodingSnapshot current;

    SnapshotLoader(Store store, Corpus corpus, Codebooks codebooks) {
        this.store = store;
        this.corpus = corpus;
        this.codebooks = codebooks;
    }

    synchronized CodingSnapshot snapshot() {
        long version = store.lastChange(ENTITIES);
        CodingSnapshot s = current;
        if (s == null || s.version != version) {
            current = s = load(version);
        }
        return s;
    }

    /** The newest snapshot as {@code viewer} sees it: without what an open coding round hides from them. */
    CodingSnapshot snapshot(Viewer viewer) {
        return snapshot().seenBy(store.read(c -> Visibility.of(c, viewer)));
    }

    private CodingSnapshot load(long version) {
        List<Document> documents = corpus.documents();
        List<Code> codes = codebooks.allCodes();
        Map<Long, Integer> docIndex = new java.util.HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            docIndex.put(documents.get(i).id(), i);
        }
        int[][] wordStarts = new int[documents.size()][];
        List<List<Turn>> turns = new ArrayList<>();
        int[] respondentWords = new int[documents.size()];
        for (int i = 0; i < documents.size(); i++) {
            long id = documents.get(i).id();
            wordStarts[i] = Words.starts(corpus.text(id));
            turns.add(corpus.turns(id));
            for (Turn t : turns.get(i)) {
                if (t.role() == SpeakerRole.RESPONDENT) {
                    respondentWords[i] += Words.count(wordStarts[i], t.span().start(), t.span().end());
                }
            }
        }
        Map<Long, Integer> codeIndex = new java.util.HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            codeIndex.put(codes.get(i).id(), i);
        }
        return codings(version, documents, codes, docIndex, codeIndex, wordStarts, turns, respondentWords);
    }

    private CodingSnapshot codings(long version, List<Document> documents, List<Code> codes,
                                   Map<Long, Integer> docIndex, Map<Long, Integer> codeIndex, int[][] wordStarts,
                                   List<List<Turn>> turns, int[] respondentWords) {
        return store.read(c -> {
            IntList doc = new IntList();
            IntList code = new IntList();
            IntList start = new IntList();
            IntList end = new IntList();
            List<Boolean> respondent = new ArrayList<>();
            ByteList review = new ByteList();
            List<String> coder = new ArrayList<>();
            List<Boolean> auto = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT document_id, code_id,"
                    + " start_offset, end_offset, review, coder, origin FROM coding WHERE " + CodingFilter.ALL.where()
                    + " ORDER BY document_id, start_offset")) {
                while (r.next()) {
                    Integer d = docIndex.get(r.getLong(1));
                    Integer k = codeIndex.get(r.getLong(2));
                    if (d == null || k == null) {
                        continue;
                    }
                    doc.add(d);
                    code.add(k);
                    start.add(r.getInt(3));
                    end.add(r.getInt(4));
                    respondent.add(Turn.containing(turns.get(d), r.getInt(3))
                            .filter(t -> t.role() == SpeakerRole.RESPONDENT).isPresent());
                    review.add(review(r.getString(5)));
                    coder.add(r.getString(6));
                    auto.add("auto".equals(r.getString(7)));
                }
            }
            return new CodingSnapshot(version, documents, codes, doc.toArray(), code.toArray(), start.toArray(),
                    end.toArray(), booleans(respondent), review.toArray(), coder.toArray(String[]::new),
                    booleans(auto), wordStarts, respondentWords);
        });
    }

    private static boolean[] booleans(List<Boolean> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static byte review(String state) {
        return switch (state) {
            case "accepted" -> CodingSnapshot.ACCEPTED;
            case "unreviewed" -> CodingSnapshot.UNREVIEWED;
            default -> CodingSnapshot.NO_REVIEW;
        };
    }

    /** A growable byte array. */
    private static final class ByteList {
        private byte[] values = new byte[1024];
        private int size;

        void add(byte v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        byte[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
