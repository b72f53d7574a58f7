package dk.kodetrae.cli;

import dk.kodetrae.benchmark.Benchmarks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = {"Run benchmarks and print their figures (not a test: nothing passes or fails).",
        "Benchmarks: startup, import, search, coding, crosstab, refiqda, hostile, agreement, pseudonymise, edit,"
            + " delete, access (default: all), and memory, upload and disk."})
final class BenchmarkCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "BENCHMARK")
    List<String> which = new ArrayList<>();

    @Option(names = "--work", defaultValue = "target/bench", description = "Scratch folder (default ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--search-sizes", split = ",", defaultValue = "1000,10000",
            description = "Corpus sizes in transcripts for the search benchmark (default ${DEFAULT-VALUE})")
    List<Integer> searchSizes;

    @Option(names = "--import-size", defaultValue = "1000",
            description = "Transcripts imported per round by the import benchmark (default ${DEFAULT-VALUE})")
    int importSize;

    @Option(names = "--interviews", defaultValue = "10000",
            description = "Interviews in the crosstab and delete benchmarks' projects (default ${DEFAULT-VALUE})")
    int interviews;

    @Option(names = "--codings", defaultValue = "1000000",
            description = "Codings in the crosstab benchmark's project (default ${DEFAULT-VALUE})")
    int codings;

    @Option(names = "--seed", defaultValue = "2015",
            description = "Seed of the synthetic corpus, so runs are comparable (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--server-jar", description = "memory and upload: measure the server of this build's jar"
            + " (e.g. the commit before a change) instead of this one's")
    Path serverJar;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Benchmarks.run(which.isEmpty() ? Benchmarks.ALL : which, work, searchSizes, importSize, interviews, codings,
                seed, Optional.ofNullable(serverJar), spec.commandLine().getOut());
        return 0;
    }
}
