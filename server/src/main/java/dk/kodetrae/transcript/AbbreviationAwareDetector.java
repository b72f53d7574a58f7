package dk.kodetrae.transcript;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.lang.Factory;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's sentence detector with the same abbreviation rule checked cheaply. For every break the model proposes,
 * OpenNLP lower-cases the whole text and walks its abbreviation dictionary, searching the text for each entry:
 * about a tenth of an import's time. An abbreviation can only forbid a break it overlaps, so only the few
 * characters before the break need looking at, of those only the places where the sentence or a word starts, and
 * only the entries starting with the character there; the answers are the same (a test compares the two).
 *
 * <p>The model's features and candidate breaks are looked up cheaply too (see {@link CheapLookups}).
 */
final class AbbreviationAwareDetector extends SentenceDetectorME {
    /** Abbreviations (folded when the dictionary ignores case) by their first character. */
    private final Map<Character, List<String>> abbreviationsByFirst = new HashMap<>();
    private final boolean caseSensitive;
    private final int longest;

    /**
     * OpenNLP deprecates handing the detector a {@link Factory} in favour of the model's own factory, but a model
     * re-creates its factory by class name, from packages OpenNLP allows; this is the one way in for ours.
     */
    @SuppressWarnings("deprecation")
    AbbreviationAwareDetector(SentenceModel model) {
        super(model, new CheapLookups(model.getAbbreviations()));
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
            if (pos != from && !startsWord(s.charAt(pos - 1))) {
                continue;
            }
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
        return pos + token.length() >= candidate && startsWord(s.charAt(pos == from ? pos : pos - 1));
    }

    /** Whether a word starts after {@code before}, as OpenNLP's abbreviation rule sees it. */
    private static boolean startsWord(char before) {
        return Character.isWhitespace(before) || before == '\'' || before == '`' || before == '´' || before == '(';
    }

    private String fold(String text) {
        return caseSensitive ? text : StringUtil.toLowerCase(text);
    }

    /**
     * OpenNLP's own context generator and end-of-sentence scanner, given look-ups that answer the same for less.
     * The generator asks, for every candidate break, whether the words around it are abbreviations; OpenNLP hands
     * it a view of the abbreviation dictionary that builds and interns a token list for each question, which was a
     * quarter of sentence detection's CPU in an import (JFR). A plain set of the same strings answers the same when
     * the dictionary is case-sensitive and holds one token per entry, as ours does. The scanner boxed every
     * character of the text to look it up in a set of the end-of-sentence characters; a bit set needs no boxing.
     */
    private static final class CheapLookups extends Factory {
        private final Dictionary dictionary;

        CheapLookups(Dictionary dictionary) {
            this.dictionary = dictionary;
        }

        @Override
        public SDContextGenerator createSentenceContextGenerator(Set<String> abbreviations, char[] endOfSentence) {
            return new DefaultSDContextGenerator(plainSet(dictionary, abbreviations), endOfSentence);
        }

        @Override
        public EndOfSentenceScanner createEndOfSentenceScanner(char[] endOfSentence) {
            return new CharScanner(endOfSentence);
        }

        /** The dictionary's view {@code abbreviations} as a plain set, when that answers its questions alike. */
        private static Set<String> plainSet(Dictionary dictionary, Set<String> abbreviations) {
            if (dictionary == null || !dictionary.isCaseSensitive()) {
                return abbreviations;
            }
            for (StringList entry : dictionary) {
                if (entry.size() != 1) {
                    return abbreviations;
                }
            }
            return new HashSet<>(abbreviations);
        }
    }

    /** Finds the positions of end-of-sentence characters without boxing each character of the text. */
    private static final class CharScanner extends DefaultEndOfSentenceScanner {
        private final BitSet endOfSentence = new BitSet();

        CharScanner(char[] endOfSentence) {
            super(endOfSentence);
            for (char c : endOfSentence) {
                this.endOfSentence.set(c);
            }
        }

        @Override
        public List<Integer> getPositions(CharSequence s) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                if (endOfSentence.get(s.charAt(i))) {
                    positions.add(i);
                }
            }
            return positions;
        }
    }
}
