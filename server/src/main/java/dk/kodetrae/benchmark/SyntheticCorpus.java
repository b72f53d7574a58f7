package dk.kodetrae.benchmark;

import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of N transcripts recombined from the turns of the bundled demo transcripts: each synthetic
 * interview alternates an interviewer turn and a respondent turn drawn (seeded) from the demo's pools, about as long
 * as a demo interview, with a manifest giving kommune A–D, ressourceteam and rolle.
 */
final class SyntheticCorpus {
    private static final String[] KOMMUNER = {"A", "B", "C", "D"};
    private static final String[] ROLLER = {"borger", "koordinerende sagsbehandler", "leder"};

    private final List<String> interviewer = new ArrayList<>();
    private final List<String> respondent = new ArrayList<>();

    SyntheticCorpus() {
        for (String name : demoNames()) {
            for (String turn : read("transcripts/" + name + ".txt").split("\n\n")) {
                String t = turn.strip().replaceFirst("^\\[[0-9:]+\\]\\s*", "");
                if (t.startsWith("I:")) {
                    interviewer.add(t.substring(2).strip());
                } else if (t.startsWith("R:")) {
                    respondent.add(t.substring(2).strip());
                }
            }
        }
    }

    /** Transcript {@code i} of a corpus made with {@code seed}, about {@code turns} turns long. */
    String transcript(long seed, int i, int turns) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < turns; t++) {
            List<String> pool = t % 2 == 0 ? interviewer : respondent;
            b.append(t % 2 == 0 ? "I: " : "R: ").append(pool.get(random.nextInt(pool.size()))).append("\n\n");
        }
        return b.toString();
    }

    List<Importer.Source> sources(long seed, int n, int turns) {
        return sources(seed, 0, n, turns);
    }

    List<Importer.Source> sources(long seed, int from, int to, int turns) {
        List<Importer.Source> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(new Importer.Source(name(i) + ".txt", transcript(seed, i, turns).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** Attributes of transcripts {@code from} (inclusive) to {@code to} (exclusive). */
    static Importer.Source manifest(int from, int to) {
        StringBuilder b = new StringBuilder("document,kommune,ressourceteam,rolle\n");
        for (int i = from; i < to; i++) {
            String kommune = KOMMUNER[i % 4];
            b.append(name(i)).append(',').append(kommune).append(',')
                    .append(kommune.equals("A") || kommune.equals("C") ? "ja" : "nej").append(',')
                    .append(ROLLER[(i / 4) % ROLLER.length]).append('\n');
        }
        return new Importer.Source("manifest.csv", b.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String name(int i) {
        return String.format(Locale.ROOT, "syn-%05d", i);
    }

    private static List<String> demoNames() {
        List<String> names = new ArrayList<>();
        for (String line : read("manifest.csv").split("\n")) {
            String first = line.split(",", 2)[0].strip();
            if (!first.isEmpty() && !first.equals("document")) {
                names.add(first);
            }
        }
        return names;
    }

    private static String read(String name) {
        try (InputStream in = SyntheticCorpus.class.getResourceAsStream("/demo/corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the demo corpus file " + name + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
