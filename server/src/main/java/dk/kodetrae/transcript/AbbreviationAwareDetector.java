package dk.kodetrae.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's sentence detector with the same abbreviation rule checked cheaply. For every break the model proposes,
 * OpenNLP lower-cases the whole text and walks its abbreviation dictionary, searching the text for each entry:
 * about a tenth of an import's time. An abbreviation can only forbid a break it overlaps, so only the few
 * characters before the break need looking at, and only the entries starting with the character at each of those
 * places; the answers are the same (a test compares the two).
 */
final class AbbreviationAwareDetector extends SentenceDetectorME {
    /** Abbreviations (folded when the dictionary ignores case) by their first character. */
    private final Map<Character, List<String>> abbreviationsByFirst = new HashMap<>();
    private final boolean caseSensitive;
    private final int longest;

    AbbreviationAwareDetector(SentenceModel model) {
        super(model);
        Dictionary dictionary = model.getAbbreviations();
        this.caseSensitive = dictionary == null || dictionary.isCaseSensitive();
        int longestEntry = 0;
        if (dictionary != null) {
            for (StringList entry : dictionary) {
                String token = fold(entry.getToken(0));
                if (!token.isEmpty()) {
                    abbreviationsByFirst.computeIfAbsent(token.charAt(0), c -> new ArrayList<>()).add(token);
                    longestEntry = Math.max(longestEntry, token.length());
                }
            }
        }
        this.longest = longestEntry;
    }

    /**
     * OpenNLP's rule: no break at {@code candidate} inside an abbreviation that starts at {@code from} (the start
     * of the sentence) and ends at the candidate, or that starts a word (after white space, an apostrophe or a
     * parenthesis) and reaches the candidate.
     */
    @Override
    protected boolean isAcceptableBreak(CharSequence s, int from, int candidate) {
        if (abbreviationsByFirst.isEmpty()) {
            return true;
        }
        int windowStart = Math.max(from, candidate - longest);
        String window = fold(s.subSequence(windowStart, Math.min(s.length(), candidate + longest + 1)).toString());
        for (int pos = windowStart; pos <= candidate && pos - windowStart < window.length(); pos++) {
            for (String token : abbreviationsByFirst.getOrDefault(window.charAt(pos - windowStart), List.of())) {
                if (window.startsWith(token, pos - windowStart)
                        && forbids(s, window, windowStart, from, candidate, pos, token)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean forbids(CharSequence s, String window, int windowStart, int from, int candidate, int pos,
                                   String token) {
        if (pos == from && candidate + 1 - windowStart <= window.length()
                && window.substring(pos - windowStart, candidate + 1 - windowStart).equals(token)) {
            return true;
        }
        char before = s.charAt(pos == from ? pos : pos - 1);
        return pos + token.length() >= candidate
                && (Character.isWhitespace(before) || before == '\'' || before == '`' || before == '´' || before == '(');
    }

    private String fold(String text) {
        return caseSensitive ? text : StringUtil.toLowerCase(text);
    }
}
