package dk.kodetrae.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Follows each word with its exact form: the lower-cased word as written, marked with {@link #MARK}, at the same
 * position and offsets, and flagged as a keyword so the stemmer after this filter leaves it alone. The word itself
 * goes on to be stemmed. No token from the tokenizer contains the mark, so exact forms never meet stems.
 *
 * <p>Only a stemmer may follow this filter: the exact form reuses the word's attributes as the stemmer left them
 * (offsets, type), restoring just the term it rewrote. Capturing and restoring the whole state of every word
 * instead would clone all its attributes twice per word of an import.
 */
final class ExactForms extends TokenFilter {
    /** The prefix of an exact form in the index, and of an exact word in a query ({@code =stol}). */
    static final char MARK = '=';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    /** The last word as written, with the mark in front; {@code pending} says it is still to be emitted. */
    private char[] exact = new char[32];
    private int exactLength;
    private boolean pending;

    ExactForms(TokenStream input) {
        super(input);
        exact[0] = MARK;
    }

    static boolean isExact(CharSequence term) {
        return !term.isEmpty() && term.charAt(0) == MARK;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending) {
            pending = false;
            term.copyBuffer(exact, 0, exactLength);
            increment.setPositionIncrement(0);
            keyword.setKeyword(true);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        remember();
        return true;
    }

    private void remember() {
        int length = term.length();
        exact = ArrayUtil.grow(exact, length + 1);
        System.arraycopy(term.buffer(), 0, exact, 1, length);
        exactLength = length + 1;
        pending = true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = false;
    }
}
