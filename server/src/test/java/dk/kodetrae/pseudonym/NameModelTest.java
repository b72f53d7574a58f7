package dk.kodetrae.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.corpus.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.eval.FMeasure;
import org.junit.jupiter.api.Test;

/**
 * The Danish person-name model, trained from our own sentences, measured on held-out sentences it never saw (other
 * sentences, other names). The floors are what the model measured when this test was written, rounded down.
 */
class NameModelTest {
    private static final Path DATA = Path.of("src/main/name-model");

    @Test
    void heldOutPrecisionAndRecall_meetTheMeasuredFloor() throws Exception {
        TokenNameFinderModel model = NameModelTrainer.train(DATA.resolve("da-person.train"));
        FMeasure f = NameModelTrainer.evaluate(model, DATA.resolve("da-person.eval"));
        System.out.printf(Locale.ROOT, "Danish name finder on held-out text: precision %.4f, recall %.4f, F1 %.4f%n",
                f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure());
        assertTrue(f.getPrecisionScore() >= 0.85, "precision " + f.getPrecisionScore());
        assertTrue(f.getRecallScore() >= 0.80, "recall " + f.getRecallScore());
    }

    @Test
    void builtModel_findsNamesOfTheDemoKind_withExactOffsets() {
        String text = "Så sagde Mette, at hun ville ringe til Ahmed Yilmaz. Det var en god dag. 🙂 Mads kom også.";
        List<Span> sentences = List.of(new Span(0, 52), new Span(53, 72), new Span(73, text.length()));
        List<String> names = NameFinder.danish().find(text, sentences).stream()
                .map(n -> text.substring(n.start(), n.end())).toList();
        assertEquals(List.of("Mette", "Ahmed Yilmaz", "Mads"), names);
    }
}
