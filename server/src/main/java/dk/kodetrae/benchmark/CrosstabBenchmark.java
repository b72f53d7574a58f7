package dk.kodetrae.benchmark;

import dk.kodetrae.analysis.Crosstab;
import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.CodebookFiles;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.GroupLabels;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.export.AttributionTemplate;
import dk.kodetrae.export.ExcerptExporter;
import dk.kodetrae.export.ExcerptSource;
import dk.kodetrae.export.ExportFormat;
import dk.kodetrae.export.ExportOptions;
import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The crosstab of all codes of the study codebook × kommune on a project of many interviews and about a million
 * codings (made through the real batch-coding path), and the DOCX export of 5,000 of its excerpts.
 */
final class CrosstabBenchmark {
    private static final int ROUNDS = 20;

    private CrosstabBenchmark() {
    }

    static void run(Path work, int interviews, int codings, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("crosstab-" + interviews + "-" + codings);
        try (Project p = SearchBenchmark.openOrBuild(dir, interviews, seed, 24, out)) {
            ensureCodings(p, codings, seed, out);
            Crosstab.Request request = new Crosstab.Request(DemoProject.STUDY_CODEBOOK, p.crosstab().groupsBy("kommune", GroupLabels.NONE),
                    Map.of(), true, false, "kommune", seed);
            long t0 = System.nanoTime();
            p.crosstab().compute(request);
            double cold = (System.nanoTime() - t0) / 1e6;
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long t = System.nanoTime();
                p.crosstab().compute(request);
                warm.add((System.nanoTime() - t) / 1e6);
            }
            Percentiles w = new Percentiles(warm);
            out.printf(Locale.ROOT, "crosstab of all codes x kommune, %d interviews, %d codings: p50 %.0f ms, p95 %.0f ms"
                    + " (target <= 200 ms); first call, which builds the snapshot from SQLite: %.0f ms%n",
                    interviews, codingCount(p), w.at(50), w.at(95), cold);
            exportDocx(p, work, out);
        }
    }

    private static void exportDocx(Project p, Path work, PrintWriter out) throws IOException {
        ExcerptSource.Excerpts all = p.excerpts().collect(new ExcerptSource.Selection(DemoProject.STUDY_CODEBOOK,
                List.of(), "ressourceteam", Map.of(), true, new GroupLabels(DemoProject.SETTINGS.groupLabels())));
        List<dk.kodetrae.export.Excerpt> five = all.excerpts().subList(0, Math.min(5_000, all.excerpts().size()));
        Path file = work.resolve("bench-export.docx");
        long t0 = System.nanoTime();
        try (OutputStream os = java.nio.file.Files.newOutputStream(file)) {
            ExcerptExporter.write(ExportFormat.DOCX, five, all.codeOrder(),
                    new ExportOptions("Benchmark",
                    AttributionTemplate.parse(DemoProject.SETTINGS.attributionTemplate()), 400), os);
        }
        out.printf(Locale.ROOT, "export of %d excerpts to DOCX: %.2f s (target <= 5 s), %d KB%n", five.size(),
                (System.nanoTime() - t0) / 1e9, java.nio.file.Files.size(file) / 1024);
    }

    private static int codingCount(Project p) {
        return p.store().read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM coding")) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    /** Codes random sentence spans of random interviews with random codes until there are {@code target} codings. */
    private static void ensureCodings(Project p, int target, long seed, PrintWriter out) throws IOException {
        if (p.codebooks().codebooks().isEmpty()) {
            try (InputStream in = CrosstabBenchmark.class.getResourceAsStream("/demo/codebooks/ressourceforloeb.json")) {
                p.codebooks().load(CodebookFiles.read("ressourceforloeb.json", in.readAllBytes()), "bench");
            }
        }
        int have = codingCount(p);
        if (have >= target) {
            return;
        }
        long t0 = System.nanoTime();
        List<Code> codes = p.codebooks().codes(DemoProject.STUDY_CODEBOOK);
        List<Document> docs = p.corpus().documents();
        SplittableRandom random = new SplittableRandom(seed);
        int perDoc = Math.max(1, (target - have) / docs.size() + 1);
        int made = have;
        for (Document d : docs) {
            List<Span> sentences = p.corpus().sentences(d.id()).stream().map(s -> s.span()).toList();
            java.util.Map<Long, List<Codings.Passage>> byCode = new java.util.HashMap<>();
            for (int i = 0; i < perDoc && made < target; i++, made++) {
                Span s = sentences.get(random.nextInt(sentences.size()));
                byCode.computeIfAbsent(codes.get(random.nextInt(codes.size())).id(), k -> new ArrayList<>())
                        .add(new Codings.Passage(d.id(), s));
            }
            byCode.forEach((code, passages) -> p.codings().addAll(code, passages, "bench"));
        }
        out.printf(Locale.ROOT, "(coded %d passages through the batch-coding path in %.0f s)%n", made - have,
                (System.nanoTime() - t0) / 1e9);
    }
}
