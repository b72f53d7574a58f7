package dk.kodetrae.pseudonym;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains the Danish person-name model (OpenNLP maxent name finder) from our own sentences, one a line, tokens
 * separated by spaces, names marked {@code <START:person> … <END>}. Run by the build ({@code process-classes}), like
 * the sentence model; also used by the tests to measure the model on held-out sentences.
 */
public final class NameModelTrainer {
    /** Held so the level set in {@link #main} sticks: OpenNLP narrates every training iteration at INFO. */
    private static final Logger OPENNLP = Logger.getLogger("opennlp");

    private NameModelTrainer() {
    }

    /** Arguments: training file, output model file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: NameModelTrainer TRAIN OUTPUT");
        }
        OPENNLP.setLevel(Level.WARNING);
        TokenNameFinderModel model = train(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
    }

    static TokenNameFinderModel train(Path sentences) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        // A feature must occur 20 times to count: so the model learns from the words around a name and its shape,
        // not by heart the names of the training text (cutoff 1: recall 0.19 on held-out names; 20: 0.83).
        params.put(TrainingParameters.CUTOFF_PARAM, 20);
        params.put(TrainingParameters.ITERATIONS_PARAM, 150);
        params.put("PrintMessages", false);
        try (ObjectStream<NameSample> samples = samples(sentences)) {
            return NameFinderME.train("da", NameFinder.TYPE, samples, params, new TokenNameFinderFactory());
        }
    }

    /** Precision, recall and F1 of whole names (a name counts only when both its ends are right). */
    static FMeasure evaluate(TokenNameFinderModel model, Path heldOut) throws IOException {
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
        try (ObjectStream<NameSample> samples = samples(heldOut)) {
            evaluator.evaluate(samples);
        }
        return evaluator.getFMeasure();
    }

    private static ObjectStream<NameSample> samples(Path file) throws IOException {
        return new NameSampleDataStream(new PlainTextByLineStream(
                new MarkableFileInputStreamFactory(file.toFile()), StandardCharsets.UTF_8));
    }
}
