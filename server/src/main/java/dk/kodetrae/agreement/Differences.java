package dk.kodetrae.agreement;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/** Finds the {@link Disagreements} of one code among the coders in a set of documents. */
final class Differences {
    private record Row(long id, int coder, Span span) {
    }

    private Differences() {
    }

    static List<Disagreements.Passage> find(Store store, Code code, List<Document> documents, List<String> coders,
                                            CodingFilter filter, LongFunction<String> texts, int context) {
        Map<Long, List<Row>> byDocument = rows(store, code.id(), coders, filter);
        List<Disagreements.Passage> out = new ArrayList<>();
        for (Document d : documents) {
            List<Row> rows = byDocument.getOrDefault(d.id(), List.of());
            if (!rows.isEmpty()) {
                passages(d, rows, coders, texts, context, out);
            }
        }
        return out;
    }

    private static void passages(Document d, List<Row> rows, List<String> coders, LongFunction<String> texts,
                                 int context, List<Disagreements.Passage> out) {
        String text = null;
        Stretches[] byCoder = new Stretches[coders.size()];
        for (int c = 0; c < byCoder.length; c++) {
            int coder = c;
            List<Row> own = rows.stream().filter(r -> r.coder() == coder).toList();
            byCoder[c] = join(own);
        }
        Stretches union = join(rows);
        for (int i = 0; i < union.size(); i++) {
            int from = union.starts[i];
            int to = union.ends[i];
            boolean alike = Arrays.stream(byCoder).allMatch(s -> s.sameWithin(byCoder[0], from, to));
            if (!alike) {
                text = text == null ? texts.apply(d.id()) : text;
                boolean someLeftOut = Arrays.stream(byCoder).anyMatch(s -> s.clip(from, to).length == 0);
                out.add(new Disagreements.Passage(d.id(), d.name(), new Span(from, to), someLeftOut
                        ? Disagreements.Kind.PRESENCE : Disagreements.Kind.BOUNDARY, codings(rows, coders, from, to),
                        text.substring(Context.before(text, from, context), from), text.substring(from, to),
                        text.substring(to, Context.after(text, to, context))));
            }
        }
    }

    private static List<Disagreements.CoderCodings> codings(List<Row> rows, List<String> coders, int from, int to) {
        List<Disagreements.CoderCodings> out = new ArrayList<>();
        for (int c = 0; c < coders.size(); c++) {
            int coder = c;
            out.add(new Disagreements.CoderCodings(coders.get(c), rows.stream()
                    .filter(r -> r.coder() == coder && r.span().start() < to && r.span().end() > from)
                    .map(r -> new Disagreements.Coding(r.id(), r.span())).toList()));
        }
        return out;
    }

    private static Stretches join(List<Row> rows) {
        int[] starts = rows.stream().mapToInt(r -> r.span().start()).toArray();
        int[] ends = rows.stream().mapToInt(r -> r.span().end()).toArray();
        return Stretches.join(starts, ends, rows.size());
    }

    private static Map<Long, List<Row>> rows(Store store, long code, List<String> coders, CodingFilter filter) {
        Map<String, Integer> coderIndex = new HashMap<>();
        coders.forEach(c -> coderIndex.put(c, coderIndex.size()));
        return store.read(c -> {
            Map<Long, List<Row>> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, document_id, coder, start_offset, end_offset"
                    + " FROM coding WHERE code_id = ? AND " + filter.where() + " ORDER BY start_offset, id")) {
                p.setLong(1, code);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Integer who = coderIndex.get(r.getString(3));
                        if (who != null) {
                            out.computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
                                    .add(new Row(r.getLong(1), who, new Span(r.getInt(4), r.getInt(5))));
                        }
                    }
                }
            }
            return out;
        });
    }
}
