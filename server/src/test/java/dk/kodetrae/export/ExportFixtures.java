package dk.kodetrae.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kodetrae.corpus.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hand-built export fixture: a small codebook and nine Danish excerpts, listed out of order on purpose, three
 * of which overlap, nest in or touch another of the same code in the same document. The
 * golden files under {@code src/test/resources/export/golden} are these excerpts written with {@link #OPTIONS}.
 * Run with {@code -Dkodetrae.golden.update=true} to rewrite the golden files, then read the diff.
 */
final class ExportFixtures {
    static final CodeRef SAMARBEJDE = new CodeRef("samarbejde", "Samarbejde");
    static final CodeRef MOEDER = new CodeRef("samarbejde.moeder", "Møder i ressourceteamet");
    static final CodeRef KOORDINERING = new CodeRef("samarbejde.koordinering", "Koordinering");
    static final CodeRef OVERGANGE = new CodeRef("samarbejde.koordinering.overgange", "Overgange mellem forvaltninger");
    static final CodeRef OPLEVELSE = new CodeRef("oplevelse", "Borgerens oplevelse");
    static final CodeRef TILLID = new CodeRef("oplevelse.tillid", "Tillid & åbenhed");

    /** The codebook in pre-order. Koordinering and Borgerens oplevelse have no excerpts of their own. */
    static final List<CodeRef> CODE_ORDER = List.of(SAMARBEJDE, MOEDER, KOORDINERING, OVERGANGE, OPLEVELSE, TILLID);

    /** The demo study's attribution: "(Rolle, kommune med/uden ressourceteam)". */
    static final AttributionTemplate STUDY_STYLE =
            AttributionTemplate.parse("({rolle}, {ressourceteam=ja?kommune med ressourceteam|kommune uden ressourceteam})");

    /** Long enough for every quote but the one about overgange, which loses its last two sentences. */
    static final ExportOptions OPTIONS =
            new ExportOptions("Samarbejde om borgerens forløb – uddrag", STUDY_STYLE, 160);

    static final Map<String, String> SAGSBEHANDLER_A =
            Map.of("rolle", "koordinerende sagsbehandler", "kommune", "A", "ressourceteam", "ja");
    static final Map<String, String> BORGER_A = Map.of("rolle", "borger", "kommune", "A", "ressourceteam", "ja");
    static final Map<String, String> BORGER_B = Map.of("rolle", "borger", "kommune", "B", "ressourceteam", "nej");
    static final Map<String, String> LEDER_B = Map.of("rolle", "afdelingsleder", "kommune", "B", "ressourceteam", "ja");
    /** No ressourceteam attribute: the study's attribution must say only "(Borger)". */
    static final Map<String, String> BORGER_C = Map.of("rolle", "borger", "kommune", "C");

    /** A coding by the rule "plan*" that mette accepted. */
    static final Provenance ACCEPTED_AUTO = new Provenance("auto", "plan*", "accepted", "mette", "2026-11-23T10:00:00Z");
    /** A coding by the rule "plan*" that nobody has reviewed. */
    static final Provenance UNREVIEWED_AUTO = new Provenance("auto", "plan*", "unreviewed", "", "");

    private static final Path GOLDEN = Path.of("src/test/resources/export/golden");

    private ExportFixtures() {
    }

    static List<Excerpt> excerpts() {
        return List.of(
                // Markup, a formula start, quotes and a comma: escaped in Markdown and HTML, guarded and quoted in
                // CSV. No comparison group and no ressourceteam attribute.
                excerpt(List.of(OPLEVELSE, TILLID), "borger-05", BORGER_C, "", 2210,
                        "=1+1 stod der i sms'en: <script>alert(1)</script> *vigtigt* _nu_ [link](http://eksempel.dk)"
                                + " # 2 & \"citat\", ok.",
                        "=1+1 stod der i sms'en: <script>alert(1)</script> *vigtigt* _nu_ [link](http://eksempel.dk)"
                                + " # 2 & \"citat\", ok."),
                // The long one: cut after its second sentence at 160 characters; a blank line between sentences.
                excerpt(List.of(SAMARBEJDE, KOORDINERING, OVERGANGE), "leder-04", LEDER_B, "ressourceteam = ja", 905,
                        "Det sværeste er overgangene mellem forvaltningerne.\n\nNår en borger går fra den ene ydelse"
                                + " til den næste, starter vi forfra med papirerne. Ingen har det fulde overblik, og"
                                + " det mærker borgeren. Derfor har vi nu én sagsbehandler, der følger sagen"
                                + " hele vejen.",
                        "Det sværeste er overgangene mellem forvaltningerne.",
                        "Når en borger går fra den ene ydelse til den næste, starter vi forfra med papirerne.",
                        "Ingen har det fulde overblik, og det mærker borgeren.",
                        "Derfor har vi nu én sagsbehandler, der følger sagen hele vejen."),
                // Group "nej" sorts after "ja" within the code; attribution "uden ressourceteam".
                excerpt(List.of(SAMARBEJDE, MOEDER), "borger-03", BORGER_B, "ressourceteam = nej", 1204,
                        "Jeg har aldrig været til et møde med dem alle på én gang.",
                        "Jeg har aldrig været til et møde med dem alle på én gang."),
                // A line break and a double space inside: normalised to single spaces.
                excerpt(List.of(SAMARBEJDE, MOEDER), "sagsbehandler-01", SAGSBEHANDLER_A, "ressourceteam = ja", 340,
                        "Vi mødes hver tirsdag i ressourceteamet.\nDer sidder  også en fra jobcentret med.",
                        "Vi mødes hver tirsdag i ressourceteamet.", "Der sidder  også en fra jobcentret med."),
                // An emoji (two UTF-16 units); borger-02 sorts before sagsbehandler-01 in the same group.
                excerpt(List.of(SAMARBEJDE, MOEDER), "borger-02", BORGER_A, "ressourceteam = ja", 77,
                        "Det var første gang, nogen lyttede 😊 Og så fik jeg en plan.",
                        "Det var første gang, nogen lyttede 😊", "Og så fik jeg en plan."),
                // Coded with the theme itself: comes before the theme's sub-codes. Starts with a dialogue dash,
                // which CSV must guard as a formula start.
                excerpt(List.of(SAMARBEJDE), "sagsbehandler-01", SAGSBEHANDLER_A, "ressourceteam = ja", 120,
                        "- Ja, altså, samarbejdet er blevet meget bedre.",
                        "- Ja, altså, samarbejdet er blevet meget bedre."),
                // Nested in borger-02's excerpt at 77 (same code, coded by a rule that mette accepted): one quote,
                // coders "mette, ida"; the spreadsheet row carries the rule and the review.
                withProvenance(excerptBy("ida", List.of(SAMARBEJDE, MOEDER), "borger-02", BORGER_A,
                        "ressourceteam = ja", 115, "Og så fik jeg en plan.", "Og så fik jeg en plan."), ACCEPTED_AUTO),
                // Overlaps the second sentence of sagsbehandler-01's excerpt at 340 and goes on: one quote from 340
                // to this one's end, the shared sentence once.
                excerptBy("ida", List.of(SAMARBEJDE, MOEDER), "sagsbehandler-01", SAGSBEHANDLER_A,
                        "ressourceteam = ja", 381, "Der sidder  også en fra jobcentret med. Hun kender borgerne.",
                        "Der sidder  også en fra jobcentret med.", "Hun kender borgerne."),
                // Starts where borger-03's excerpt at 1204 ends: no word in common, so a quote of its own.
                excerpt(List.of(SAMARBEJDE, MOEDER), "borger-03", BORGER_B, "ressourceteam = nej", 1261,
                        "Det ville hjælpe.", "Det ville hjælpe."));
    }

    /** An excerpt coded by "mette" whose sentences are found in {@code text} one after the other. */
    static Excerpt excerpt(List<CodeRef> path, String document, Map<String, String> attributes, String group,
                           int start, String text, String... sentences) {
        return excerptBy("mette", path, document, attributes, group, start, text, sentences);
    }

    /** An excerpt whose sentences are found in {@code text} one after the other. */
    static Excerpt excerptBy(String coder, List<CodeRef> path, String document, Map<String, String> attributes,
                             String group, int start, String text, String... sentences) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String sentence : sentences) {
            int at = text.indexOf(sentence, from);
            if (at < 0) {
                throw new IllegalArgumentException("sentence not in text: " + sentence);
            }
            spans.add(new Span(at, at + sentence.length()));
            from = at + sentence.length();
        }
        return new Excerpt(path, document, attributes, group, new Span(start, start + text.length()), text, spans,
                "R", coder);
    }

    static Excerpt withProvenance(Excerpt x, Provenance provenance) {
        return new Excerpt(x.codePath(), x.documentName(), x.attributes(), x.group(), x.span(), x.text(), x.sentences(),
                x.speaker(), x.coder(), provenance);
    }

    static byte[] export(ExportFormat format, List<Excerpt> excerpts, List<CodeRef> codeOrder, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExcerptExporter.write(format, excerpts, codeOrder, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] exportFixture(ExportFormat format) {
        return export(format, excerpts(), CODE_ORDER, OPTIONS);
    }

    /**
     * Compares with the golden file, or rewrites it when the update property is set. Compared as text so that a
     * difference shows as a diff; a byte-order mark and CRLF line ends survive decoding and count.
     */
    static void assertGolden(String name, byte[] actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("kodetrae.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
                "differs from golden file " + file + " (rerun with -Dkodetrae.golden.update=true to rewrite it)");
    }
}
