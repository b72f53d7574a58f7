package dk.kodetrae.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.corpus.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.eval.FMeasure;
import org.junit.jupiter.api.Test;

/** The Danish sentence model, trained from our own text, measured on held-out sentences it never saw. */
class SentenceModelTest {
    private static final Path DATA = Path.of("src/main/sentence-model");

    @Test
    void heldOutAccuracy_isAtLeast95Percent() throws Exception {
        SentenceModel model = SentenceModelTrainer.train(DATA.resolve("da-sent.train"), DATA.resolve("abbreviations.txt"));
        FMeasure f = SentenceModelTrainer.evaluate(model, DATA.resolve("da-sent.eval"));
        System.out.printf(Locale.ROOT, "Danish sentence model on held-out text: precision %.4f, recall %.4f, F1 %.4f%n",
                f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure());
        assertTrue(f.getFMeasure() >= 0.95, "F1 " + f.getFMeasure());
    }

    @Test
    void danishAbbreviations_doNotEndSentences() {
        String text = "Vi har bl.a. talt om økonomi, dvs. ydelsen og huslejen. Hun kommer kl. 9.30 i morgen. "
                + "Det er ca. 60 pct. af borgerne, jf. loven. Har du f.eks. en mentor?";
        List<String> sentences = SentenceSplitter.danish().split(text).stream()
                .map((Span s) -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("Vi har bl.a. talt om økonomi, dvs. ydelsen og huslejen.",
                "Hun kommer kl. 9.30 i morgen.",
                "Det er ca. 60 pct. af borgerne, jf. loven.",
                "Har du f.eks. en mentor?"), sentences);
    }
}
