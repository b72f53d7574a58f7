package dk.kodetrae.analysis;

import java.util.Arrays;

/**
 * What counts as a word for coverage: a maximal run of letters or digits (apostrophes and hyphens inside a word
 * keep it one word: "ik'", "social- og" counts "social-" once). Coverage is coded words per 10,000 respondent words.
 */
final class Words {
    private Words() {
    }

    /** Start offsets (UTF-16) of the words of {@code text}, ascending. */
    static int[] starts(String text) {
        int[] out = new int[Math.max(16, text.length() / 5)];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp) || inWord && (cp == '\'' || cp == '-' || cp == '’');
            if (wordChar && !inWord) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return Arrays.copyOf(out, n);
    }

    /** How many of the word starts {@code starts} (ascending) lie in [from, to). */
    static int count(int[] starts, int from, int to) {
        return lowerBound(starts, to) - lowerBound(starts, from);
    }

    private static int lowerBound(int[] a, int key) {
        int i = Arrays.binarySearch(a, key);
        return i >= 0 ? i : -i - 1;
    }
}
