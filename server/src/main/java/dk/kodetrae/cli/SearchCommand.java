package dk.kodetrae.cli;

import dk.kodetrae.coding.Retrieval;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.Hit;
import dk.kodetrae.search.SearchRequest;
import dk.kodetrae.search.SearchResult;
import dk.kodetrae.search.Unit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {
        "Search the corpus and print keyword-in-context lines.",
        "Query: words (stemmed: sanktion finds sanktioner), \"phrases\", \"words near\"~5, prefix*, AND OR NOT ( )."})
final class SearchCommand implements Callable<Integer> {
    private static final int LEFT_WIDTH = 50;

    @Mixin
    ProjectOption project;

    @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "")
    String query;

    @Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE[,VALUE]",
            description = "Filter by attribute; repeat for more (e.g. --where rolle=borger --where kommune=A,B)")
    List<String> where = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "ROLE", description = "respondent, interviewer or other")
    String speaker;

    @Option(names = "--unit", defaultValue = "sentence", description = "sentence (default) or turn")
    String unit;

    @Option(names = "--order", defaultValue = "relevance", description = "relevance (default) or document")
    String order;

    @Option(names = "--codes", paramLabel = "CODE-QUERY",
            description = "Only units with these codes: code:KEY, code:KEY* (with sub-codes), AND, OR, NOT, NEAR/n, OVERLAPS")
    String codes;

    @Option(names = "--page", defaultValue = "1", description = "Page number, from 1")
    int page;

    @Option(names = "--size", defaultValue = "20", description = "Hits per page")
    int size;

    @Mixin
    CodingFilterOption codings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SearchRequest request = SearchRequest.of(query)
                .withWhere(filters(where))
                .withUnit(Unit.of(unit))
                .withOrder(SearchRequest.Order.valueOf(order.toUpperCase(Locale.ROOT)))
                .withPage((Math.max(1, page) - 1) * size, size);
        if (speaker != null) {
            request = request.withSpeaker(SpeakerRole.of(speaker));
        }
        try (Project p = project.openForReading()) {
            warnIfBehind(p, spec.commandLine().getErr());
            if (codes != null) {
                printPassages(p.retrieval().query(codes, query, request.unit(), new Retrieval.Filter(request.where(),
                        request.speaker(), request.offset(), request.limit(), codings.filter())), request.offset(),
                        spec.commandLine().getOut());
            } else {
                print(p.index().search(request), spec.commandLine().getOut());
            }
        }
        return 0;
    }

    /**
     * A search beside a server that is still indexing what it stored finds what was indexed, and says so; so does
     * one in an index whose rebuild stopped at a document it could not index.
     */
    static void warnIfBehind(Project p, PrintWriter err) {
        if (!p.index().health().complete()) {
            err.println("kodetrae: warning: " + p.index().health().note());
        } else if (p.index().behindStore()) {
            err.println("kodetrae: note: another Kodetræ process is still indexing the newest changes of "
                    + p.directory() + "; hits from them may be missing");
        }
    }

    private static void printPassages(Retrieval.Page page, int offset, PrintWriter out) {
        out.printf(Locale.ROOT, "%d units in %d documents; %s%n", page.total(), page.perDocument().size(),
                CodingFilterOption.describe(page.codings()));
        int n = offset;
        for (Retrieval.Passage p : page.passages()) {
            out.printf(Locale.ROOT, "%4d  %-8s %-11s %s  @%d-%d%n", ++n, p.documentName(), p.role().id(), p.text(),
                    p.span().start(), p.span().end());
        }
    }

    /** Parses {@code name=value[,value]} filters; values of the same attribute are alternatives. */
    static Map<String, Set<String>> filters(List<String> where) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String w : where) {
            int eq = w.indexOf('=');
            if (eq <= 0 || eq == w.length() - 1) {
                throw new IllegalArgumentException("--where needs ATTRIBUTE=VALUE, got '" + w + "'");
            }
            Set<String> values = out.computeIfAbsent(w.substring(0, eq).strip(), k -> new LinkedHashSet<>());
            for (String v : w.substring(eq + 1).split(",")) {
                values.add(v.strip());
            }
        }
        return out;
    }

    private static void print(SearchResult result, PrintWriter out) {
        SearchRequest r = result.request();
        out.printf(Locale.ROOT, "%d hits in %d documents (%.1f ms); showing %d-%d%n", result.total(),
                result.perDocument().size(), result.tookMicros() / 1000.0,
                Math.min(result.total(), r.offset() + 1), r.offset() + result.hits().size());
        int n = r.offset();
        for (Hit h : result.hits()) {
            n++;
            out.printf(Locale.ROOT, "%4d  %-8s %-11s %" + LEFT_WIDTH + "s[%s]%s  @%d-%d%n", n, h.documentName(),
                    h.role().id(), clip(h.left()), h.hit(), h.right(), h.unitSpan().start(), h.unitSpan().end());
        }
        if (!result.perAttribute().isEmpty()) {
            out.println("hits per attribute value: " + result.perAttribute());
        }
        Optional.of(result.perDocument()).filter(m -> !m.isEmpty())
                .ifPresent(m -> out.println("hits per document: " + m));
    }

    private static String clip(String left) {
        return left.length() <= LEFT_WIDTH ? left : left.substring(left.length() - LEFT_WIDTH);
    }
}
