package dk.kodetrae.export;

import dk.kodetrae.corpus.Span;
import java.util.List;

/** The text of a quote: the transcript text with white space normalised, long passages cut after a sentence. */
final class QuoteText {
    /** Ends a quote that was cut; not counted against the maximum. */
    static final String CUT = " (…)";

    private QuoteText() {
    }

    /**
     * The excerpt's text with white space normalised and, if it is longer than {@code maxChars} code points, only
     * as many whole sentences from the start as fit, followed by {@link #CUT}. The first sentence is always kept
     * whole, however long; an excerpt without sentences cannot be cut and is kept whole.
     */
    static String of(Excerpt excerpt, int maxChars) {
        String whole = normalise(excerpt.text());
        List<Span> sentences = excerpt.sentences();
        if (maxChars == 0 || length(whole) <= maxChars || sentences.isEmpty()) {
            return whole;
        }
        String kept = prefix(excerpt, sentences.getFirst());
        for (Span sentence : sentences.subList(1, sentences.size())) {
            String longer = prefix(excerpt, sentence);
            if (length(longer) > maxChars) {
                break;
            }
            kept = longer;
        }
        return kept.equals(whole) ? whole : kept + CUT;
    }

    /**
     * Every run of white space (Unicode White_Space: spaces, tabs, line breaks, no-break spaces) as one space,
     * none at the ends. Nothing else changes.
     */
    static String normalise(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWhiteSpace(c)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isWhiteSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static String prefix(Excerpt excerpt, Span upToSentence) {
        return normalise(excerpt.text().substring(0, upToSentence.end()));
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
