package dk.kodetrae.benchmark;

import dk.kodetrae.codebook.CodebookFile;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import dk.kodetrae.refiqda.RefiQda;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * REFI-QDA: a project of two transcripts of about 300,000 characters each with 300 codings of ten codes (made from
 * the synthetic corpus, seeded) is exported once; each round imports that {@code .qdpx} into a new project, and the
 * same two texts by the text import, the baseline (what the REFI-QDA layer costs is the difference). Then the demo
 * project is exported and the export imported into a new project. Wall and CPU seconds of each.
 */
final class RefiQdaBenchmark {
    private static final int TEXT_CHARS = 300_000;
    private static final int CODINGS_PER_TEXT = 150;
    private static final ImportOptions OPTIONS = ImportOptions.defaults().withActor("bench");

    private RefiQdaBenchmark() {
    }

    /** Wall-clock and CPU seconds of one run. */
    private record Timed(double seconds, double cpuSeconds) {
    }

    /** One round: the text import of the two texts, and the import of the .qdpx holding them with their codings. */
    private record Round(Timed text, Timed qdpx) {
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    private static Timed timed(Work work) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        work.run();
        return new Timed((System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9);
    }

    static void run(Path work, long seed, PrintWriter out) throws Exception {
        List<Importer.Source> texts = longTexts(seed);
        byte[] qdpx = codedExport(work.resolve("refiqda-source"), texts, seed);
        Path target = work.resolve("refiqda-import");
        List<Round> rounds = WarmUp.untilSettled(i -> new Round(
                timed(() -> {
                    Files.deleteTree(target);
                    try (Project p = Project.open(target)) {
                        p.importSources(texts, Optional.empty(), OPTIONS, Importer.Progress.NONE);
                    }
                }),
                timed(() -> {
                    Files.deleteTree(target);
                    try (Project p = Project.open(target)) {
                        RefiQda.importFile(p, "bench.qdpx", qdpx, OPTIONS);
                    }
                })), r -> 1 / r.qdpx().seconds());
        List<Round> settled = WarmUp.lastSettled(rounds);
        out.printf(Locale.ROOT, "refi-qda import of 2 texts (%,d and %,d characters) with %d codings, median of the"
                        + " last %d of %d rounds: %.2f s (CPU %.2f s); the same texts by the text import %.2f s (CPU"
                        + " %.2f s); first (cold) round: %.2f s against %.2f s%n",
                characters(texts.get(0)), characters(texts.get(1)), 2 * CODINGS_PER_TEXT, settled.size(),
                rounds.size(), median(settled, r -> r.qdpx().seconds()), median(settled, r -> r.qdpx().cpuSeconds()),
                median(settled, r -> r.text().seconds()), median(settled, r -> r.text().cpuSeconds()),
                rounds.getFirst().qdpx().seconds(), rounds.getFirst().text().seconds());
        demo(work, out);
    }

    private static void demo(Path work, PrintWriter out) throws IOException {
        Path source = work.resolve("refiqda-demo");
        Path target = work.resolve("refiqda-demo-import");
        byte[][] exported = new byte[1][];
        List<Timed> exports = new ArrayList<>();
        List<Timed> imports = new ArrayList<>();
        try (Project demo = Project.open(source)) {
            DemoProject.ensure(demo);
            for (int i = 0; i < 3; i++) {
                exports.add(timed(() -> exported[0] = RefiQda.exportProject(demo, "demo", "bench")));
            }
        }
        for (int i = 0; i < 3; i++) {
            imports.add(timed(() -> {
                Files.deleteTree(target);
                try (Project p = Project.open(target)) {
                    RefiQda.importFile(p, "demo.qdpx", exported[0], OPTIONS);
                }
            }));
        }
        out.printf(Locale.ROOT, "refi-qda demo: export %.2f s (CPU %.2f s, %,d bytes), re-import %.2f s (CPU %.2f s),"
                        + " medians of 3%n", new Percentiles(exports.stream().map(Timed::seconds).toList()).at(50),
                new Percentiles(exports.stream().map(Timed::cpuSeconds).toList()).at(50), exported[0].length,
                new Percentiles(imports.stream().map(Timed::seconds).toList()).at(50),
                new Percentiles(imports.stream().map(Timed::cpuSeconds).toList()).at(50));
    }

    private static int characters(Importer.Source text) {
        return new String(text.bytes(), StandardCharsets.UTF_8).length();
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> value) {
        return new Percentiles(rounds.stream().map(value::applyAsDouble).toList()).at(50);
    }

    /** Two texts of synthetic transcripts joined until each has {@link #TEXT_CHARS} characters. */
    private static List<Importer.Source> longTexts(long seed) {
        SyntheticCorpus corpus = new SyntheticCorpus();
        List<Importer.Source> out = new ArrayList<>();
        int next = 0;
        for (int k = 1; k <= 2; k++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < TEXT_CHARS) {
                text.append(corpus.transcript(seed, next++, 60)).append("\n\n");
            }
            out.add(new Importer.Source("lang-" + k + ".txt", text.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** The texts imported into a scratch project with ten codes and 300 codings on word boundaries, as .qdpx. */
    private static byte[] codedExport(Path dir, List<Importer.Source> texts, long seed) throws IOException {
        Files.deleteTree(dir);
        try (Project p = Project.open(dir)) {
            p.importSources(texts, Optional.empty(), OPTIONS, Importer.Progress.NONE);
            List<CodebookFile.Entry> codes = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                codes.add(new CodebookFile.Entry("kode-" + i, null, "Kode " + i, "", "#336699", "", "", "", "", null));
            }
            p.codebooks().load(new CodebookFile(CodebookFile.FORMAT, "bench", "Bench", "", "", codes), "bench");
            List<Long> codeIds = p.codebooks().codes("bench").stream().map(c -> c.id()).toList();
            SplittableRandom random = new SplittableRandom(seed);
            for (Document d : p.corpus().documents()) {
                String text = p.corpus().text(d.id());
                for (int i = 0; i < CODINGS_PER_TEXT; i++) {
                    int start = text.indexOf(' ', random.nextInt(text.length() - 1_000)) + 1;
                    int end = text.indexOf(' ', start + 20 + random.nextInt(280));
                    p.codings().addAll(codeIds.get(random.nextInt(codeIds.size())),
                            List.of(new Codings.Passage(d.id(), new Span(start, end))), "bench");
                }
            }
            return RefiQda.exportProject(p, "bench", "bench");
        }
    }
}
