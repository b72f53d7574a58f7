package dk.kodetrae.export;

import dk.kodetrae.corpus.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Passages of one code in one document that share at least one character become one quote: a manual coding of a
 * sentence inside an auto-coded turn, two coders' codings of the same passage, or two passages that overlap in part
 * would otherwise print the same words twice under the same heading. Passages that only touch (one ends where the
 * next begins) share no words and stay separate quotes, as do passages of different codes.
 */
final class Overlaps {
    private Overlaps() {
    }

    /**
     * The excerpts, already in export order (code, group, document, start, end), in runs that become one quote each.
     * Excerpts of one code in one document are adjacent in that order, so one sweep finds every overlap.
     */
    static List<List<Excerpt>> runs(List<Excerpt> sorted) {
        List<List<Excerpt>> runs = new ArrayList<>();
        List<Excerpt> run = new ArrayList<>();
        int runEnd = 0;
        for (Excerpt x : sorted) {
            if (!run.isEmpty() && !(sameCodeAndDocument(run.getFirst(), x) && x.span().start() < runEnd)) {
                runs.add(List.copyOf(run));
                run.clear();
            }
            runEnd = run.isEmpty() ? x.span().end() : Math.max(runEnd, x.span().end());
            run.add(x);
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
        return runs;
    }

    /**
     * One excerpt spanning a run: from its first start to its last end, the document's text of that span, the
     * sentences of all parts (pieces of one sentence cut at different part ends joined again), and the distinct
     * speakers and coders in order of appearance, separated by ", ". The union has the first part's provenance; what
     * the parts each came from stays with them ({@link Quote#codings()}).
     */
    static Excerpt union(List<Excerpt> run) {
        Excerpt first = run.getFirst();
        if (run.size() == 1) {
            return first;
        }
        StringBuilder text = new StringBuilder(first.text());
        int start = first.span().start();
        int end = first.span().end();
        for (Excerpt x : run.subList(1, run.size())) {
            if (x.span().end() > end) {
                text.append(x.text(), end - x.span().start(), x.text().length());
                end = x.span().end();
            }
        }
        return new Excerpt(first.codePath(), first.documentName(), first.attributes(), first.group(),
                new Span(start, end), text.toString(), sentences(run, start), distinct(run, Excerpt::speaker),
                distinct(run, Excerpt::coder), first.provenance());
    }

    private static boolean sameCodeAndDocument(Excerpt a, Excerpt b) {
        return a.code().id().equals(b.code().id()) && a.documentName().equals(b.documentName());
    }

    /** The parts' sentences in document offsets, overlapping pieces joined, relative to {@code start}. */
    private static List<Span> sentences(List<Excerpt> run, int start) {
        List<Span> absolute = new ArrayList<>();
        for (Excerpt x : run) {
            x.sentences().forEach(s -> absolute.add(s.shift(x.span().start())));
        }
        absolute.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        List<Span> joined = new ArrayList<>();
        for (Span s : absolute) {
            Span last = joined.isEmpty() ? null : joined.getLast();
            if (last != null && s.start() < last.end()) {
                joined.set(joined.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                joined.add(s);
            }
        }
        return joined.stream().map(s -> s.shift(-start)).toList();
    }

    private static String distinct(List<Excerpt> run, Function<Excerpt, String> field) {
        Set<String> values = new LinkedHashSet<>();
        for (Excerpt x : run) {
            if (!field.apply(x).isEmpty()) {
                values.add(field.apply(x));
            }
        }
        return String.join(", ", values);
    }
}
