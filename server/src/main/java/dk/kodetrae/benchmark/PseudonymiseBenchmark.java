package dk.kodetrae.benchmark;

import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import dk.kodetrae.pseudonym.Candidate;
import dk.kodetrae.pseudonym.Pseudonyms;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Pseudonymisation of the whole demo corpus: each round opens a fresh copy of the demo project, finds the candidates
 * (twice: the first call also loads the name model), accepts every proposal and applies them (one transcript edit
 * per document, codings following). Prints candidates per kind and source and the times of each step.
 */
final class PseudonymiseBenchmark {
    private static final int ROUNDS = 3;

    private PseudonymiseBenchmark() {
    }

    static void run(Path work, PrintWriter out) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            Path dir = work.resolve("pseudonymise");
            Files.deleteTree(dir);
            java.nio.file.Files.deleteIfExists(work.resolve("pseudonymise-pseudonym-key.json"));
            try (Project p = Project.open(dir)) {
                DemoProject.ensure(p);
                round(p, round, out);
            }
            out.flush();
        }
    }

    private static void round(Project p, int round, PrintWriter out) {
        Pseudonyms pseudonyms = p.pseudonyms();
        long c0 = cpu();
        long t0 = System.nanoTime();
        List<Candidate> first = pseudonyms.candidates(List.of());
        long t1 = System.nanoTime();
        long c1 = cpu();
        pseudonyms.candidates(List.of());
        long t2 = System.nanoTime();
        long c2 = cpu();
        List<Pseudonyms.Applied> applied = pseudonyms.apply(List.of(), true, "bench");
        long t3 = System.nanoTime();
        long c3 = cpu();
        int replacements = applied.stream().mapToInt(Pseudonyms.Applied::replacements).sum();
        out.printf(Locale.ROOT, "pseudonymise round %d: %d documents, %d candidates (%d originals) by kind %s,"
                        + " by source %s; find %.2f s, CPU %.2f s (first, with the model's loading), %.2f s, CPU"
                        + " %.2f s (again, the model's guesses kept); decide and apply %.2f s, CPU %.2f s"
                        + " (%d replacements)%n", round, applied.size(), first.size(),
                first.stream().map(Candidate::original).distinct().count(), counts(first, c -> c.kind().key()),
                counts(first, Candidate::source), (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t2 - t1) / 1e9,
                (c2 - c1) / 1e9, (t3 - t2) / 1e9, (c3 - c2) / 1e9, replacements);
    }

    /** CPU nanoseconds of the whole process (both cores: the index commits on threads of its own). */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Map<String, Long> counts(List<Candidate> candidates,
                                            java.util.function.Function<Candidate, String> by) {
        return candidates.stream().collect(Collectors.groupingBy(by, TreeMap::new, Collectors.counting()));
    }
}
