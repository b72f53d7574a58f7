package dk.kodetrae.transcript;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorEvaluator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.sentdetect.SentenceSampleStream;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains the Danish sentence model from sentence-per-line text with a Danish abbreviation list. Run by the
 * build ({@code process-classes}); also used by the tests to report the model's accuracy on held-out text.
 */
public final class SentenceModelTrainer {
    private static final char[] END_OF_SENTENCE = {'.', '?', '!', '…'};
    /** Held so the level set in {@link #main} sticks: OpenNLP narrates every training iteration at INFO. */
    private static final java.util.logging.Logger OPENNLP = java.util.logging.Logger.getLogger("opennlp");

    private SentenceModelTrainer() {
    }

    /** Arguments: training file, abbreviation file, output model file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SentenceModelTrainer TRAIN ABBREVIATIONS OUTPUT");
        }
        OPENNLP.setLevel(java.util.logging.Level.WARNING);
        SentenceModel model = train(Path.of(args[0]), Path.of(args[1]));
        Path out = Path.of(args[2]);
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
    }

    static SentenceModel train(Path sentences, Path abbreviations) throws IOException {
        SentenceDetectorFactory factory =
                new SentenceDetectorFactory("da", true, abbreviationDictionary(abbreviations), END_OF_SENTENCE);
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        params.put(TrainingParameters.ITERATIONS_PARAM, 150);
        params.put("PrintMessages", false);
        try (ObjectStream<SentenceSample> samples = samples(sentences)) {
            return SentenceDetectorME.train("da", samples, factory, params);
        }
    }

    /** Precision, recall and F1 of sentence boundaries on held-out sentence-per-line text. */
    static FMeasure evaluate(SentenceModel model, Path heldOut) throws IOException {
        SentenceDetectorEvaluator evaluator = new SentenceDetectorEvaluator(new SentenceDetectorME(model));
        try (ObjectStream<SentenceSample> samples = samples(heldOut)) {
            evaluator.evaluate(samples);
        }
        return evaluator.getFMeasure();
    }

    private static ObjectStream<SentenceSample> samples(Path file) throws IOException {
        File f = file.toFile();
        return new SentenceSampleStream(
                new PlainTextByLineStream(new MarkableFileInputStreamFactory(f), StandardCharsets.UTF_8));
    }

    private static Dictionary abbreviationDictionary(Path file) throws IOException {
        Dictionary dictionary = new Dictionary(true);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String abbreviation = line.strip();
            if (!abbreviation.isEmpty()) {
                dictionary.put(new StringList(abbreviation));
            }
        }
        return dictionary;
    }
}
