package dk.kodetrae.export;

import dk.kodetrae.corpus.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times every export format on synthetic Danish excerpts. Not a test (timings depend on the machine); run it
 * for 5,000 excerpts with
 * <pre>
 * ./mvnw -o -q -pl server test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dk.kodetrae.export.ExportBenchmark
 * </pre>
 * ({@code -Dexec.args} would also replace the arguments of the build's sentence-model step; for another N run
 * {@code java} on the test class path with N as the argument.) The target is 5,000 excerpts to DOCX in at most
 * 5 seconds on a 2-core machine.
 */
public final class ExportBenchmark {
    private static final String[] WORDS = ("vi vores borger sagsbehandler møde møder mødes ressourceteam jobcenter"
            + " kommune plan forløb hjælp støtte samarbejde tillid åbenhed overblik ydelse sag sagen papirer"
            + " forvaltning mentor uge tirsdag altid aldrig måske egentlig faktisk rigtig godt svært første gang"
            + " hele vejen sammen også både øjeblik økonomi sundhed psykiatri bolig uddannelse praktik").split(" ");
    private static final String[] ROLES = {"borger", "koordinerende sagsbehandler", "mentor", "afdelingsleder"};
    private static final String[] THEMES = {"Samarbejde", "Borgerens oplevelse", "Organisering", "Resultater"};
    private static final String[] SUBCODES = {"Møder", "Koordinering", "Tillid & åbenhed"};

    private ExportBenchmark() {
    }

    /** One format's timing. */
    public record Result(ExportFormat format, int excerpts, long millis, long bytes) {
        @Override
        public String toString() {
            return "%-8s %,6d excerpts %,7d ms %,12d bytes".formatted(format, excerpts, millis, bytes);
        }
    }

    /** Writes {@code n} synthetic excerpts (from {@code seed}) once in each format, timing each write. */
    public static List<Result> run(int n, long seed) throws IOException {
        List<Excerpt> excerpts = syntheticExcerpts(n, seed);
        ExportOptions options = new ExportOptions("Benchmark", ExportFixtures.STUDY_STYLE, 400);
        List<Result> results = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            CountingStream out = new CountingStream();
            long start = System.nanoTime();
            ExcerptExporter.write(format, excerpts, codeOrder(), options, out);
            results.add(new Result(format, n, (System.nanoTime() - start) / 1_000_000, out.bytes));
        }
        return results;
    }

    /** Four themes of three sub-codes each, in pre-order. */
    public static List<CodeRef> codeOrder() {
        List<CodeRef> order = new ArrayList<>();
        for (int t = 0; t < THEMES.length; t++) {
            order.add(theme(t));
            for (int s = 0; s < SUBCODES.length; s++) {
                order.add(subcode(t, s));
            }
        }
        return order;
    }

    /** {@code n} excerpts in 60 documents: one to six sentences each, a fifth coded with a theme itself. */
    public static List<Excerpt> syntheticExcerpts(int n, long seed) {
        Random random = new Random(seed);
        List<Excerpt> excerpts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            excerpts.add(excerpt(random, i));
        }
        return excerpts;
    }

    private static Excerpt excerpt(Random random, int i) {
        int doc = random.nextInt(60);
        int t = random.nextInt(THEMES.length);
        List<CodeRef> path = random.nextInt(5) == 0 ? List.of(theme(t))
                : List.of(theme(t), subcode(t, random.nextInt(SUBCODES.length)));
        String team = doc % 2 == 0 ? "ja" : "nej";
        Map<String, String> attributes = Map.of("rolle", ROLES[doc % ROLES.length],
                "kommune", String.valueOf((char) ('A' + doc % 6)), "ressourceteam", team);
        StringBuilder text = new StringBuilder();
        List<Span> sentences = new ArrayList<>();
        for (int s = 1 + random.nextInt(6); s > 0; s--) {
            sentences.add(sentence(random, text));
        }
        int start = i * 997 % 50_000;
        return new Excerpt(path, "interview-%02d".formatted(doc), attributes, "ressourceteam = " + team,
                new Span(start, start + text.length()), text.toString(), sentences, "R", "mette");
    }

    private static Span sentence(Random random, StringBuilder text) {
        if (!text.isEmpty()) {
            text.append(random.nextInt(8) == 0 ? "\n" : " ");
        }
        int from = text.length();
        String first = WORDS[random.nextInt(WORDS.length)];
        text.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
        for (int w = 5 + random.nextInt(14); w > 0; w--) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.append(random.nextInt(20) == 0 ? " 😊." : ".");
        return new Span(from, text.length());
    }

    private static CodeRef theme(int t) {
        return new CodeRef("t" + t, THEMES[t]);
    }

    private static CodeRef subcode(int t, int s) {
        return new CodeRef("t" + t + ".s" + s, SUBCODES[s]);
    }

    /** Prints a cold run (first use of POI in this JVM), then a warm one. */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        System.out.println("cold (first run in this JVM):");
        run(n, 42).forEach(r -> System.out.println("  " + r));
        System.out.println("warm (second run):");
        run(n, 42).forEach(r -> System.out.println("  " + r));
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
