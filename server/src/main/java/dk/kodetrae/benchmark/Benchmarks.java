package dk.kodetrae.benchmark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs the named benchmarks in a scratch folder and prints one line of figures for each. */
public final class Benchmarks {
    public static final List<String> ALL = List.of("startup", "import", "search", "coding", "crosstab",
            "refiqda", "hostile", "agreement", "pseudonymise", "edit", "delete", "access");
    /** Benchmarks that measure a server process and may measure another build's ({@code --server-jar}). */
    public static final List<String> OF_A_SERVER = List.of("memory", "upload");
    /** Where a project's bytes go. */
    public static final String DISK = "disk";

    private Benchmarks() {
    }

    /**
     * @param sizes for "search": the numbers of transcripts, e.g. 1,000 and 10,000
     * @param serverJar for "memory" and "upload": the build whose server is measured (empty: this one)
     */
    public static void run(List<String> which, Path work, List<Integer> sizes, int importSize, int interviews,
                           int codings, long seed, Optional<Path> serverJar, PrintWriter out) throws Exception {
        Path jar = serverJar.map(Path::toAbsolutePath).orElseGet(ServerProcess::jar);
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
                case "access" -> AccessBenchmark.run(work, 20, 500, seed, out);
                case "memory" -> MemoryBenchmark.run(work, jar, seed, out);
                case "upload" -> UploadBenchmark.run(work, jar, seed, out);
                case DISK -> DiskBenchmark.run(work, seed, out);
                default -> throw new IllegalArgumentException("unknown benchmark '" + name + "' (use " + ALL + ", "
                        + OF_A_SERVER + " or " + DISK + ")");
            }
            out.flush();
        }
    }
}
