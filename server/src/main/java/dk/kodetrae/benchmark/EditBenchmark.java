package dk.kodetrae.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kodetrae.api.ApiServer;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edit latency through the API: one word of a 15,000-word transcript with 500 codings replaced by another, POSTed
 * to {@code /documents/{id}/edits} of a server in this process, one edit after another; each answer means the text,
 * its turns and sentences, the codings, the version and the index are committed. Warm-up edits first (the JIT).
 */
final class EditBenchmark {
    private static final int WORDS = 15_000;
    private static final int CODINGS = 500;
    private static final int WARM_UP = 30;
    private static final int EDITS = 200;
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EditBenchmark() {
    }

    static void run(Path work, long seed, PrintWriter out) throws Exception {
        Path dir = work.resolve("edit");
        Files.deleteTree(dir);
        SplittableRandom random = new SplittableRandom(seed);
        try (Project p = Project.open(dir)) {
            DemoProject.ensure(p);
            String text = longTranscript(seed);
            p.importSources(List.of(new Importer.Source("lang.txt", text.getBytes(StandardCharsets.UTF_8))),
                    Optional.empty(), ImportOptions.defaults().withActor("bench"), Importer.Progress.NONE);
            long doc = p.corpus().documentNamed("lang").orElseThrow().id();
            codeRandomly(p, doc, random);
            try (ApiServer server = ApiServer.start(p, "127.0.0.1", 0)) {
                URI edits = server.uri().resolve("api/v1/documents/" + doc + "/edits");
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = 0; i < WARM_UP; i++) {
                    edit(http, edits, p, doc, random);
                }
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < EDITS; i++) {
                    ms.add(edit(http, edits, p, doc, random));
                }
                Percentiles pct = new Percentiles(ms);
                out.printf(Locale.ROOT, "edit: one word of a %d-word transcript (%d characters) with %d codings,"
                                + " %d edits through the API one after another: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        text.split("\\s+").length, p.corpus().text(doc).length(), p.codings().forDocument(doc).size(),
                        EDITS, pct.at(50), pct.at(95), pct.at(100));
            }
        }
    }

    /** Demo turns drawn (seeded) until the transcript has {@link #WORDS} words. */
    private static String longTranscript(long seed) {
        SyntheticCorpus corpus = new SyntheticCorpus();
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (b.toString().split("\\s+").length < WORDS) {
            b.append(corpus.transcript(seed, i++, 40));
        }
        return b.toString();
    }

    private static void codeRandomly(Project p, long doc, SplittableRandom random) {
        String text = p.corpus().text(doc);
        long code = p.codebooks().codes(DemoProject.STUDY_CODEBOOK).getFirst().id();
        List<Codings.Passage> passages = new ArrayList<>();
        while (passages.size() < CODINGS) {
            int start = random.nextInt(text.length() - 200);
            int end = start + 10 + random.nextInt(190);
            if (!Character.isLowSurrogate(text.charAt(start)) && !Character.isLowSurrogate(text.charAt(end))) {
                passages.add(new Codings.Passage(doc, new Span(start, end)));
            }
        }
        p.codings().addAll(code, passages, "bench");
    }

    /** Replaces one random word (four letters or more) with another; answers the round trip in milliseconds. */
    private static double edit(HttpClient http, URI edits, Project p, long doc, SplittableRandom random)
            throws Exception {
        String text = p.corpus().text(doc);
        Matcher m = WORD.matcher(text);
        if (!m.find(random.nextInt(text.length() - 100))) {
            m = WORD.matcher(text);
            m.find();
        }
        String replacement = random.nextBoolean() ? m.group().toUpperCase(Locale.ROOT) : m.group() + "e";
        String body = JSON.writeValueAsString(Map.of("actor", "bench", "replacements",
                List.of(Map.of("start", m.start(), "end", m.end(), "text", replacement))));
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(edits).header("Content-Type", "application/json").header("X-Kodetrae", "1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException("edit refused: " + r.statusCode() + " " + r.body());
        }
        return ms;
    }
}
