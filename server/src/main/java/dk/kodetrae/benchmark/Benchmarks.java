package dk.kodetrae.benchmark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the named benchmarks in a scratch folder and prints one line of figures for each. */
public final class Benchmarks {
    public static final List<String> ALL = List.of("startup", "import", "search", "coding", "crosstab",
            "refiqda", "hostile", "agreement", "pseudonymise", "edit", "delete");

    private Benchmarks() {
    }

    /**
     * @param sizes for "search": the numbers of transcripts, e.g. 1,000 and 10,000
     */
    public static void run(List<String> which, Path work, List<Integer> sizes, int importSize, int interviews,
                           int codings, long seed, PrintWriter out) throws Exception {
        java.nio.file.Files.createDirectories(work);
        for (String name : which) {
            switch (name) {
                case "startup" -> StartupBenchmark.run(work, out);
                case "import" -> ImportBenchmark.run(work, importSize, seed, out);
                case "search" -> {
                    for (int n : sizes) {
                        SearchBenchmark.run(work, n, seed, out);
                    }
                }
                case "coding" -> CodingBenchmark.run(work, 20, 500, seed, out);
                case "crosstab" -> CrosstabBenchmark.run(work, interviews, codings, seed, out);
                case "refiqda" -> RefiQdaBenchmark.run(work, seed, out);
                case "hostile" -> HostileBenchmark.run(work, seed, out);
                case "agreement" -> AgreementBenchmark.run(work, seed, out);
                case "pseudonymise" -> PseudonymiseBenchmark.run(work, out);
                case "edit" -> EditBenchmark.run(work, seed, out);
                case "delete" -> DeleteBenchmark.run(work, interviews, seed, out);
                default -> throw new IllegalArgumentException("unknown benchmark '" + name + "' (use " + ALL + ")");
            }
            out.flush();
        }
    }
}
