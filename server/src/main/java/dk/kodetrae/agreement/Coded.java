package dk.kodetrae.agreement;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the coders coded: for every code, document and coder the {@link Stretches} of that coder's codings of that
 * code in that document, and how many codings each coder made of each code. Read in one query; codings of other
 * codes, documents or coders are skipped as they are read.
 */
final class Coded {
    final List<Document> documents;
    final List<Code> codes;
    final List<String> coders;
    /** Per code, per coder: the number of codings. */
    final int[][] uses;
    /** By key (code, document, coder); absent where the coder did not code the code in the document. */
    private final Map<Long, Stretches> stretches;

    private Coded(List<Document> documents, List<Code> codes, List<String> coders, int[][] uses,
                  Map<Long, Stretches> stretches) {
        this.documents = documents;
        this.codes = codes;
        this.coders = coders;
        this.uses = uses;
        this.stretches = stretches;
    }

    /** The stretches of every coder (in {@link #coders} order) for one code and document. */
    Stretches[] of(int code, int document) {
        Stretches[] out = new Stretches[coders.size()];
        long at = ((long) code * documents.size() + document) * coders.size();
        for (int coder = 0; coder < out.length; coder++) {
            out[coder] = stretches.getOrDefault(at + coder, Stretches.NONE);
        }
        return out;
    }

    static Coded load(Store store, List<Document> documents, List<Code> codes, List<String> coders,
                      CodingFilter filter) {
        Map<Long, Integer> documentIndex = index(documents.stream().map(Document::id).toList());
        Map<Long, Integer> codeIndex = index(codes.stream().map(Code::id).toList());
        Map<String, Integer> coderIndex = new HashMap<>();
        coders.forEach(c -> coderIndex.put(c, coderIndex.size()));
        Rows rows = store.read(c -> {
            Rows out = new Rows(codes.size(), documents.size(), coders.size());
            try (PreparedStatement p = c.prepareStatement("SELECT document_id, code_id, coder, start_offset,"
                    + " end_offset FROM coding WHERE " + filter.where())) {
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Integer d = documentIndex.get(r.getLong(1));
                        Integer k = codeIndex.get(r.getLong(2));
                        Integer who = coderIndex.get(r.getString(3));
                        if (d != null && k != null && who != null) {
                            out.add(k, d, who, r.getInt(4), r.getInt(5));
                        }
                    }
                }
            }
            return out;
        });
        return new Coded(List.copyOf(documents), List.copyOf(codes), List.copyOf(coders), rows.uses,
                rows.stretches());
    }

    private static Map<Long, Integer> index(List<Long> ids) {
        Map<Long, Integer> out = new HashMap<>();
        ids.forEach(id -> out.putIfAbsent(id, out.size()));
        return out;
    }

    /** Codings as read, grouped by key (code, document, coder) as they come, with each coder's count per code. */
    private static final class Rows {
        private final Map<Long, Spans> byKey = new HashMap<>();
        private final int[][] uses;
        private final int documents;
        private final int coders;

        Rows(int codes, int documents, int coders) {
            this.uses = new int[codes][coders];
            this.documents = documents;
            this.coders = coders;
        }

        void add(int code, int document, int coder, int start, int end) {
            uses[code][coder]++;
            byKey.computeIfAbsent(key(code, document, coder), k -> new Spans()).add(start, end);
        }

        long key(int code, int document, int coder) {
            return ((long) code * documents + document) * coders + coder;
        }

        Map<Long, Stretches> stretches() {
            Map<Long, Stretches> out = new HashMap<>();
            byKey.forEach((k, spans) -> out.put(k, Stretches.join(spans.start, spans.end, spans.n)));
            return out;
        }
    }

    private static final class Spans {
        private int[] start = new int[4];
        private int[] end = new int[4];
        private int n;

        void add(int s, int e) {
            if (n == start.length) {
                start = Arrays.copyOf(start, 2 * n);
                end = Arrays.copyOf(end, 2 * n);
            }
            start[n] = s;
            end[n] = e;
            n++;
        }
    }
}
