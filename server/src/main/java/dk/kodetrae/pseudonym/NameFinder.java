package dk.kodetrae.pseudonym;

import dk.kodetrae.corpus.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Finds person names with the Danish model the build trains from our own sentences ({@code src/main/name-model}).
 * The model is shared; a finder per call keeps this thread-safe (OpenNLP's finder keeps state between calls).
 */
final class NameFinder {
    static final String TYPE = "person";
    static final String MODEL_RESOURCE = "da-person.bin";

    private final TokenNameFinderModel model;

    NameFinder(TokenNameFinderModel model) {
        this.model = model;
    }

    static NameFinder danish() {
        return Holder.DANISH;
    }

    /**
     * The names in {@code text}, sentence by sentence as {@code sentences} gives them (offsets into {@code text}),
     * in order of position.
     */
    List<Found> find(String text, List<Span> sentences) {
        NameFinderME finder = new NameFinderME(model);
        List<Found> found = new ArrayList<>();
        for (Span sentence : sentences) {
            String s = text.substring(sentence.start(), sentence.end());
            opennlp.tools.util.Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(s);
            String[] words = Arrays.stream(tokens).map(t -> t.getCoveredText(s).toString()).toArray(String[]::new);
            for (opennlp.tools.util.Span name : finder.find(words)) {
                int start = sentence.start() + tokens[name.getStart()].getStart();
                int end = sentence.start() + tokens[name.getEnd() - 1].getEnd();
                found.add(new Found(start, end, Kind.PERSON, Found.Source.MODEL));
            }
        }
        return found;
    }

    private static final class Holder {
        static final NameFinder DANISH = new NameFinder(load());

        private static TokenNameFinderModel load() {
            try (InputStream in = NameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the name model " + MODEL_RESOURCE + " is missing from the build");
                }
                return new TokenNameFinderModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
