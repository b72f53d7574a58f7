package dk.kodetrae.benchmark;

import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document at a time: {@value #PER_ROUND} transcripts of about 2,000 words uploaded one request each to
 * {@code kodetrae serve} in a child JVM, as the page's upload (and a script, or an import of many sources) sends
 * them. Measures the server's CPU per document ({@code /proc/<pid>/stat}, all its threads: HTTP, import, index,
 * collector and compiler) and the wall time per document, in rounds repeated until the CPU per document settles
 * ({@link WarmUp}); the first, cold round apart. After each round it searches for a word only the last document
 * has: an upload's answer must mean the document is searchable.
 */
final class UploadBenchmark {
    static final int PER_ROUND = 100;
    /** Turns of a synthetic transcript: about 2,000 words, as the transcripts compared with Taguette. */
    static final int TURNS = 60;
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private UploadBenchmark() {
    }

    /** A round's figures, and the size of the project's folder (store, its log, index) when it ended. */
    private record Round(double cpuMsPerDocument, double wallMsPerDocument, long folderBytes) {
        double documentsPerCpuSecond() {
            return 1000 / cpuMsPerDocument;
        }
    }

    static void run(Path work, Path serverJar, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("upload");
        Files.deleteTree(dir);
        Project.open(dir).close();
        SyntheticCorpus corpus = new SyntheticCorpus();
        List<Round> rounds;
        try (ServerProcess server = ServerProcess.start(dir, serverJar, ServerProcess.serverOptions(serverJar))) {
            ApiClient api = new ApiClient(server.uri());
            rounds = WarmUp.untilSettled(r -> round(server, dir, api, corpus, seed, r), Round::documentsPerCpuSecond);
        }
        List<Round> settled = WarmUp.lastSettled(rounds);
        out.printf(Locale.ROOT, "upload of one %d-word transcript per request (target <= 5 ms of server CPU), %d rounds"
                + " of %d into one project%s: server CPU per document %.1f ms (settled rounds %s), wall %.1f ms per"
                + " document; the first round (cold JVM): %.1f ms of CPU, %.1f ms wall; each round's last document"
                + " searchable when its answer came; the project's folder after the first round, the server"
                + " running: %.1f MB; server: %s%n",
                words(corpus.transcript(seed, 0, TURNS)), rounds.size(), PER_ROUND,
                WarmUp.settled(rounds, Round::documentsPerCpuSecond) ? "" : " (not settled)",
                median(settled, Round::cpuMsPerDocument),
                settled.stream().map(r -> String.format(Locale.ROOT, "%.1f", r.cpuMsPerDocument())).toList(),
                median(settled, Round::wallMsPerDocument), rounds.getFirst().cpuMsPerDocument(),
                rounds.getFirst().wallMsPerDocument(), rounds.getFirst().folderBytes() / 1048576.0,
                serverJar.getFileName());
    }

    private static Round round(ServerProcess server, Path project, ApiClient api, SyntheticCorpus corpus, long seed,
                               int r) throws IOException {
        int from = r * PER_ROUND;
        double cpu = server.cpuMillis();
        long t0 = System.nanoTime();
        upload(api, corpus, seed, from, from + PER_ROUND);
        double wall = (System.nanoTime() - t0) / 1e6;
        Round round = new Round((server.cpuMillis() - cpu) / PER_ROUND, wall / PER_ROUND, Files.size(project));
        requireSearchable(api, from + PER_ROUND - 1);
        return round;
    }

    /**
     * Uploads transcripts {@code from} (inclusive) to {@code to} (exclusive), one request each; each ends with a
     * word of its own ({@link #marker}).
     */
    static void upload(ApiClient api, SyntheticCorpus corpus, long seed, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            String text = corpus.transcript(seed, i, TURNS) + "R: " + marker(i) + "\n";
            api.upload(SyntheticCorpus.name(i) + ".txt", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String marker(int i) {
        return "kendeord" + i;
    }

    private static void requireSearchable(ApiClient api, int i) throws IOException {
        String answer = new String(api.get("/api/v1/search?limit=1&q=" + marker(i)), StandardCharsets.UTF_8);
        Matcher total = TOTAL.matcher(answer);
        if (!total.find() || Integer.parseInt(total.group(1)) < 1) {
            throw new IllegalStateException("document " + SyntheticCorpus.name(i)
                    + " was not searchable when its upload had been answered: " + answer);
        }
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> value) {
        double[] v = rounds.stream().mapToDouble(value).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
