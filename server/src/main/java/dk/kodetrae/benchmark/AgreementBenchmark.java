package dk.kodetrae.benchmark;

import dk.kodetrae.agreement.Disagreements;
import dk.kodetrae.agreement.Request;
import dk.kodetrae.agreement.Unit;
import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.CodebookFiles;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Intercoder agreement over the whole demo corpus, 40 codes, for 2 and for 5 coders, by characters, sentences and
 * turns (each with αu), and one code's disagreements. The codings are synthetic and seeded: per code a set of
 * "true" passages (one to three sentences), which each coder codes with a chance of 80 %, moving each boundary by up
 * to 15 characters, plus passages of their own; all through the batch-coding path as manual codings.
 */
final class AgreementBenchmark {
    static final String CODEBOOK = "bench-agreement";
    private static final int CODES = 40;
    private static final int PASSAGES_PER_CODE = 25;
    private static final List<String> CODERS = List.of("anna", "bo", "cecilie", "dorte", "emil");
    private static final int ROUNDS = 10;

    private AgreementBenchmark() {
    }

    static void run(Path work, long seed, PrintWriter out) {
        try (Project p = Project.open(work.resolve("agreement-demo"))) {
            DemoProject.ensure(p);
            ensureCodings(p, seed, out);
            for (int coders : List.of(2, 5)) {
                for (Unit unit : Unit.values()) {
                    measure(p, coders, unit, out);
                }
            }
            long code = p.codebooks().codes(CODEBOOK).getFirst().id();
            Timing t = Timing.of(() -> p.agreement().disagreements(new Disagreements.Request(code, List.of(),
                    CODERS.subList(0, 2), CodingFilter.MANUAL, Disagreements.DEFAULT_CONTEXT)));
            out.printf(Locale.ROOT, "agreement disagreements of one code, 2 coders: p50 %.1f ms, p95 %.1f ms; CPU p50"
                    + " %.1f ms%n", t.p50(), t.p95(), t.cpu50());
        }
    }

    private static void measure(Project p, int coders, Unit unit, PrintWriter out) {
        Request request = new Request(List.of(), CODERS.subList(0, coders), List.of(), CODEBOOK, unit,
                CodingFilter.MANUAL, Request.DEFAULT_MINIMUM_USES);
        Timing t = Timing.of(() -> p.agreement().compute(request));
        long characters = p.corpus().documents().stream().mapToLong(Document::length).sum();
        out.printf(Locale.ROOT, "agreement, demo corpus (%d documents, %d characters), %d coders x %d codes, by %s"
                        + " with alpha_u: first %.0f ms, then p50 %.0f ms, p95 %.0f ms (target <= 1 s); CPU p50 %.0f ms%n",
                p.corpus().documents().size(), characters, coders, CODES, unit.id(), t.first(), t.p50(), t.p95(),
                t.cpu50());
    }

    /**
     * The first run and the percentiles of the runs after it, in milliseconds, and the median CPU time of the
     * computing thread (on a host shared with other work, wall time says more about the host than the code).
     */
    private record Timing(double first, double p50, double p95, double cpu50) {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        static Timing of(Runnable work) {
            long t0 = System.nanoTime();
            work.run();
            double first = (System.nanoTime() - t0) / 1e6;
            List<Double> warm = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long c = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                work.run();
                warm.add((System.nanoTime() - t) / 1e6);
                cpu.add((THREADS.getCurrentThreadCpuTime() - c) / 1e6);
            }
            Percentiles w = new Percentiles(warm);
            return new Timing(first, w.at(50), w.at(95), new Percentiles(cpu).at(50));
        }
    }

    private static void ensureCodings(Project p, long seed, PrintWriter out) {
        if (p.codebooks().codebooks().stream().anyMatch(b -> b.id().equals(CODEBOOK))) {
            return;
        }
        p.codebooks().load(CodebookFiles.read(CODEBOOK + ".json", codebook().getBytes(StandardCharsets.UTF_8)),
                "bench");
        long t0 = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        List<Document> documents = p.corpus().documents();
        Map<Long, List<Span>> sentences = new HashMap<>();
        documents.forEach(d -> sentences.put(d.id(), p.corpus().sentences(d.id()).stream().map(s -> s.span())
                .toList()));
        int made = 0;
        for (Code code : p.codebooks().codes(CODEBOOK)) {
            List<Codings.Passage> truth = passages(documents, sentences, random, PASSAGES_PER_CODE);
            for (String coder : CODERS) {
                List<Codings.Passage> own = new ArrayList<>();
                for (Codings.Passage t : truth) {
                    if (random.nextInt(100) < 80) {
                        own.add(jitter(p, t, random));
                    }
                }
                own.addAll(passages(documents, sentences, random, 1 + random.nextInt(5)));
                p.codings().addAll(code.id(), own, coder);
                made += own.size();
            }
        }
        out.printf(Locale.ROOT, "(coded %d synthetic passages, %d codes x %d coders, in %.0f s)%n", made, CODES,
                CODERS.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** One to three consecutive sentences of random documents. */
    private static List<Codings.Passage> passages(List<Document> documents, Map<Long, List<Span>> sentences,
                                                  SplittableRandom random, int n) {
        List<Codings.Passage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Document d = documents.get(random.nextInt(documents.size()));
            List<Span> s = sentences.get(d.id());
            int first = random.nextInt(s.size());
            int last = Math.min(s.size() - 1, first + random.nextInt(3));
            out.add(new Codings.Passage(d.id(), new Span(s.get(first).start(), s.get(last).end())));
        }
        return out;
    }

    /** The passage with each boundary moved by up to 15 characters, kept inside the text and off emoji halves. */
    private static Codings.Passage jitter(Project p, Codings.Passage t, SplittableRandom random) {
        int length = p.corpus().document(t.documentId()).orElseThrow().length();
        int start = Math.max(0, t.span().start() + random.nextInt(31) - 15);
        int end = Math.min(length, t.span().end() + random.nextInt(31) - 15);
        if (end <= start) {
            return t;
        }
        String text = p.corpus().text(t.documentId());
        boolean splits = Character.isLowSurrogate(text.charAt(start))
                || end < length && Character.isLowSurrogate(text.charAt(end));
        return splits ? t : new Codings.Passage(t.documentId(), new Span(start, end));
    }

    private static String codebook() {
        StringBuilder codes = new StringBuilder();
        for (int i = 1; i <= CODES; i++) {
            codes.append(i == 1 ? "" : ",\n").append(String.format(Locale.ROOT, "{\"id\": \"k%02d\", \"parent\": null,"
                    + " \"name\": \"Kode %d\", \"label\": \"Code %d\", \"color\": \"#3b6ea5\", \"description\": \"\","
                    + " \"include\": \"\", \"exclude\": \"\", \"example\": \"\", \"rule\": null}", i, i, i));
        }
        return "{\"format\": \"kodetrae-codebook/1\", \"id\": \"" + CODEBOOK + "\", \"name\": \"Benchmark\","
                + " \"label\": \"Benchmark\", \"description\": \"40 codes for the agreement benchmark.\", \"codes\": [\n"
                + codes + "]}";
    }
}
