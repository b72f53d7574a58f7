package dk.kodetrae.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommonWordsTest {
    private static final int SAMPLE = 400;

    @Test
    void demoTranscripts_areDanishWithoutTheModel_andTheModelAgreesWhereverTheWordsAnswer() throws IOException {
        int windows = 0;
        int answered = 0;
        for (String text : demoTranscripts()) {
            for (int at = 0; at + SAMPLE <= text.length(); at += SAMPLE) {
                String sample = text.substring(at, at + SAMPLE);
                Optional<String> words = CommonWords.language(sample);
                windows++;
                if (words.isPresent()) {
                    answered++;
                    assertEquals(LanguageGuesser.byModel(sample), words.get(), sample);
                }
            }
        }
        assertTrue(windows > 500, "windows: " + windows);
        assertTrue(answered >= windows * 0.95, answered + " of " + windows + " windows told without the model");
    }

    @Test
    void englishInterview_isEnglish() {
        String sample = "I: What did you think about the first meeting with the team? R: Well, I think it was good,"
                + " because they listened to what I had to say about my back and my job. I know that the plan was"
                + " not ready, but we talked about it and they were honest with me.";
        assertEquals(Optional.of("en"), CommonWords.language(sample));
        assertEquals("en", LanguageGuesser.byModel(sample));
    }

    @Test
    void neighbouringLanguages_areLeftToTheModel() {
        String norwegian = "I: Hva tenker du om møtet? R: Jeg synes det var litt vanskelig, for jeg visste ikke hva"
                + " de ville med meg, og etter møtet ble jeg sittende med noe uro.";
        String swedish = "I: Vad tycker du om mötet? R: Jag tycker att det var lite svårt, för jag visste inte vad"
                + " de ville med mig, och efter mötet satt jag kvar med en oro.";
        String german = "I: Was denken Sie über das Treffen? R: Ich fand es schwierig, weil ich nicht wusste, was"
                + " sie von mir wollten, und danach war ich unruhig.";
        assertEquals(Optional.empty(), CommonWords.language(norwegian));
        assertEquals(Optional.empty(), CommonWords.language(swedish));
        assertEquals(Optional.empty(), CommonWords.language(german));
        assertEquals("no", LanguageGuesser.guess(norwegian));
        assertEquals("sv", LanguageGuesser.guess(swedish));
        assertEquals("de", LanguageGuesser.guess(german));
    }

    @Test
    void tooLittleText_isLeftToTheModel() {
        assertEquals(Optional.empty(), CommonWords.language("Ja, det tror jeg."));
        assertEquals(Optional.empty(), CommonWords.language(""));
    }

    private static List<String> demoTranscripts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : read("manifest.csv").split("\n")) {
            String name = line.split(",", 2)[0].strip();
            if (!name.isEmpty() && !name.equals("document")) {
                texts.add(read("transcripts/" + name + ".txt"));
            }
        }
        return texts;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = CommonWordsTest.class.getResourceAsStream("/demo/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
