package dk.kodetrae.transcript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our cheaper look-ups give exactly OpenNLP's sentences and probabilities, line by line, on real Danish text. */
class AbbreviationAwareDetectorTest {
    private static final Path MODEL_DATA = Path.of("src/main/sentence-model");
    private static final Path DEMO_CORPUS = Path.of("../corpus");
    private static SentenceModel model;
    private static SentenceDetectorME theirs;
    private static AbbreviationAwareDetector ours;

    /** One model, trained as the build trains it, for both detectors. */
    @BeforeAll
    static void train() throws IOException {
        model = SentenceModelTrainer.train(MODEL_DATA.resolve("da-sent.train"),
                MODEL_DATA.resolve("abbreviations.txt"));
        theirs = new SentenceDetectorME(model);
        ours = new AbbreviationAwareDetector(model);
    }

    @Test
    void splitsEveryLineOfTheDemoCorpusAndTheHeldOutText_exactlyAsOpenNlpDoes() throws IOException {
        List<String> lines = lines();
        assertTrue(lines.size() > 2_000, "lines: " + lines.size());
        for (String line : lines) {
            assertSameAnswers(line);
        }
    }

    /** OpenNLP asks our look-ups for the context and the candidate breaks only for a model that names these. */
    @Test
    void theModelNamesItsEndOfSentenceCharacters() {
        assertEquals(".?!…", new String(model.getEosCharacters()));
    }

    @Test
    void abbreviationsAtEveryPlaceInASentence_areTreatedAsOpenNlpTreatsThem() throws IOException {
        for (String abbreviation : Files.readAllLines(MODEL_DATA.resolve("abbreviations.txt"))) {
            for (String line : List.of(abbreviation + " Han kom.", "Vi mødtes " + abbreviation + " Han kom.",
                    "Vi mødtes (" + abbreviation + " Han kom.", "Det var " + abbreviation.toUpperCase() + " Så gik vi.",
                    "Se 'her" + abbreviation + " Og så.")) {
                assertSameAnswers(line);
            }
        }
    }

    /** The same sentences, with the same probabilities: the model saw the same features at each break. */
    private static void assertSameAnswers(String line) {
        assertArrayEquals(theirs.sentPosDetect(line), ours.sentPosDetect(line), line);
        assertArrayEquals(theirs.probs(), ours.probs(), line);
    }

    private static List<String> lines() throws IOException {
        List<String> out = new ArrayList<>(Files.readAllLines(MODEL_DATA.resolve("da-sent.eval")));
        try (Stream<Path> files = Files.walk(DEMO_CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
