package dk.kodetrae.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Reads a query's words as the user wrote them: of the two terms the index analysis gives each word (its stem and
 * its exact form, see {@link ExactForms}), keeps the exact form where the word was written with {@link
 * ExactForms#MARK} in front ({@code =stol}, {@code "=ikke lyst"}) and the stem everywhere else. The mark belongs
 * to the whole run of non-blank characters it starts, so {@code =e-mail} asks for both of its words exactly.
 */
final class WrittenForms extends TokenFilter {
    private final String queryText;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    /** {@code queryText} is the text {@code input} analyses; its offsets point into it. */
    WrittenForms(TokenStream input, String queryText) {
        super(input);
        this.queryText = queryText;
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            skipped += increment.getPositionIncrement();
            if (ExactForms.isExact(term) == writtenExact(offset.startOffset())) {
                increment.setPositionIncrement(skipped);
                return true;
            }
        }
        return false;
    }

    private boolean writtenExact(int wordStart) {
        int i = wordStart;
        while (i > 0 && !Character.isWhitespace(queryText.charAt(i - 1))) {
            i--;
        }
        return i < wordStart && queryText.charAt(i) == ExactForms.MARK;
    }
}
