package dk.kodetrae.transcript;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Danish or English told from a sample's commonest words, without a model. Interviews are speech, and speech is
 * dense with short function words; some are Danish's own (its neighbours spell them otherwise: af/av, mig/meg,
 * noget/noe, hvad/hva), others English's own. A sample gets a language here only when it has several of that
 * language's own words and not one of another's; anything else (Norwegian, Swedish, German, a mix, too little text)
 * is left to the language model. The model holds 36 MB of heap and takes 0.7 s to load, for a question that for
 * almost every Kodetræ transcript has one of these two answers.
 */
final class CommonWords {
    /**
     * Danish function words that English does not have (nor "er", an English filler). Norwegian and Swedish share
     * some; their own words ({@link #NEIGHBOURS}) tell them apart.
     */
    private static final Set<String> DANISH = Set.of("af", "hvad", "mig", "dig", "sig", "noget", "nogen", "nogle",
            "lidt", "efter", "havde", "blev", "gerne", "sådan", "ud", "op", "hende", "mere", "siger", "sige",
            "gøre", "tage", "meget", "jeg", "ikke", "også", "nej", "og", "det", "vi", "har", "hvor", "hvordan", "til",
            "fra", "på", "så", "når", "eller", "fordi", "synes", "tror", "godt", "kunne", "skulle", "måske", "måde",
            "være", "været", "bliver", "der", "sammen");
    /**
     * English function words that are not Danish, Norwegian or Swedish words (so not "to", "for", "have", "is", "so",
     * "do", "her", "it", which Danish has, or writes: "IT").
     */
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "that", "you", "was", "with", "this",
            "not", "but", "what", "they", "we", "are", "my", "about", "would", "there", "because", "think", "know",
            "yes", "our", "your", "she", "his", "which", "when", "were", "been", "from");
    /**
     * Words of the languages most like these two: Norwegian (bokmål and nynorsk), Swedish and German function words
     * that Danish and English do not have, nor Danish speech as transcribed ("hva'", "mit", "meg" as a slip). One of
     * them leaves the sample to the model.
     */
    private static final Set<String> NEIGHBOURS = Set.of("av", "deg", "seg", "noe", "noen", "litt", "etter",
            "hadde", "ble", "gjerne", "ikkje", "kva", "ut", "opp", "mye", "och", "inte", "jag", "är", "för", "också",
            "mycket", "hon", "und", "ich", "nicht", "ist", "das", "ein", "eine", "auch", "sie", "wir", "auf");
    /** Own words a sample must have before it is given a language without the model. */
    private static final int ENOUGH = 4;

    private CommonWords() {
    }

    /** {@code da} or {@code en} when {@code sample} plainly is Danish or English; empty when the model must say. */
    static Optional<String> language(String sample) {
        int danish = 0;
        int english = 0;
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            boolean isDanish = DANISH.contains(word);
            boolean isEnglish = ENGLISH.contains(word);
            if (NEIGHBOURS.contains(word)) {
                return Optional.empty();
            }
            danish += isDanish ? 1 : 0;
            english += isEnglish ? 1 : 0;
        }
        if (danish >= ENOUGH && english == 0) {
            return Optional.of("da");
        }
        if (english >= ENOUGH && danish == 0) {
            return Optional.of("en");
        }
        return Optional.empty();
    }
}
