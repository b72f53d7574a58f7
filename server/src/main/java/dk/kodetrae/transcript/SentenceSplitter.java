package dk.kodetrae.transcript;

import dk.kodetrae.corpus.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits text into sentence spans with the Danish OpenNLP model that the build trains from our own text
 * ({@code src/main/sentence-model}). The model is shared; a detector per call keeps this thread-safe.
 */
final class SentenceSplitter {
    static final String MODEL_RESOURCE = "da-sent.bin";

    private final SentenceModel model;

    SentenceSplitter(SentenceModel model) {
        this.model = model;
    }

    static SentenceSplitter danish() {
        return Holder.DANISH;
    }

    /** Sentence spans of {@code text}, relative to it, trimmed of surrounding white space. */
    List<Span> split(String text) {
        return detector().split(text);
    }

    /** A detector for one thread's many calls (making one costs more than splitting a line). */
    Detector detector() {
        return new Detector(new AbbreviationAwareDetector(model));
    }

    /** Splits text with one OpenNLP detector; not thread-safe. */
    static final class Detector {
        private final SentenceDetectorME detector;

        private Detector(SentenceDetectorME detector) {
            this.detector = detector;
        }

        List<Span> split(String text) {
            List<Span> out = new ArrayList<>();
            for (opennlp.tools.util.Span s : detector.sentPosDetect(text)) {
                int start = s.getStart();
                int end = s.getEnd();
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (start < end) {
                    out.add(new Span(start, end));
                }
            }
            return out;
        }
    }

    private static final class Holder {
        static final SentenceSplitter DANISH = new SentenceSplitter(load());

        private static SentenceModel load() {
            try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the Danish sentence model " + MODEL_RESOURCE
                            + " is missing from the build (it is trained in the process-classes phase)");
                }
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the Danish sentence model", e);
            }
        }
    }
}
