package dk.kodetrae.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Follows each word with its exact form: the lower-cased word as written, marked with {@link #MARK}, at the same
 * position and offsets, and flagged as a keyword so the stemmer after this filter leaves it alone. The word itself
 * goes on to be stemmed. No token from the tokenizer contains the mark, so exact forms never meet stems.
 */
final class ExactForms extends TokenFilter {
    /** The prefix of an exact form in the index, and of an exact word in a query ({@code =stol}). */
    static final char MARK = '=';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private State word;

    ExactForms(TokenStream input) {
        super(input);
    }

    static boolean isExact(CharSequence term) {
        return !term.isEmpty() && term.charAt(0) == MARK;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (word != null) {
            restoreState(word);
            word = null;
            markTerm();
            increment.setPositionIncrement(0);
            keyword.setKeyword(true);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        word = captureState();
        return true;
    }

    /** Puts the mark before the term, in place: an import marks every word it indexes. */
    private void markTerm() {
        int length = term.length();
        char[] buffer = term.resizeBuffer(length + 1);
        System.arraycopy(buffer, 0, buffer, 1, length);
        buffer[0] = MARK;
        term.setLength(length + 1);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        word = null;
    }
}
