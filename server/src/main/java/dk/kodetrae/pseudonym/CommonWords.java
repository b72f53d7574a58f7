package dk.kodetrae.pseudonym;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a project's texts also write in lower case ("det", "og", "lægen"): such a word starting a sentence
 * or a turn is no name, whatever the name finder guesses. A name finder's guess is kept only when every word of it
 * starts with a capital letter and at least one is never written in lower case in the project. The price: a name
 * that is also a common word ("Bo", "Sol") is left to the project's list of names.
 */
final class CommonWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A word as written between spaces, punctuation around it aside; not part of an address or a number. */
    private static final Pattern WRITTEN = Pattern.compile("(?<=^|\\s)\\P{L}*?(\\p{L}+)[^\\p{L}\\s]*?(?=\\s|$)");

    private final Set<String> lowerCase;

    private CommonWords(Set<String> lowerCase) {
        this.lowerCase = lowerCase;
    }

    static CommonWords of(Collection<String> texts) {
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            Matcher m = WRITTEN.matcher(text);
            while (m.find()) {
                String word = m.group(1);
                if (Character.isLowerCase(word.codePointAt(0))) {
                    words.add(word);
                }
            }
        }
        return new CommonWords(words);
    }

    /** Whether {@code guess} (one or more words) may be a person's name. */
    boolean couldBeAName(String guess) {
        Matcher m = WORD.matcher(guess);
        boolean uncommon = false;
        boolean any = false;
        while (m.find()) {
            any = true;
            String word = m.group();
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            uncommon |= !lowerCase.contains(word.toLowerCase(Locale.ROOT));
        }
        return any && uncommon;
    }
}
