package dk.kodetrae.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the benchmark runnable; it times nothing, since timings depend on the machine. */
class ExportBenchmarkTest {
    @Test
    void benchmark_writesEveryFormatForSyntheticExcerpts() throws IOException {
        List<ExportBenchmark.Result> results = ExportBenchmark.run(40, 7);

        assertEquals(Arrays.asList(ExportFormat.values()),
                results.stream().map(ExportBenchmark.Result::format).toList());
        assertTrue(results.stream().allMatch(r -> r.excerpts() == 40 && r.bytes() > 0), results.toString());
    }

    @Test
    void syntheticExcerpts_areTheSameForTheSameSeed() {
        assertEquals(ExportBenchmark.syntheticExcerpts(30, 7), ExportBenchmark.syntheticExcerpts(30, 7));
    }
}
