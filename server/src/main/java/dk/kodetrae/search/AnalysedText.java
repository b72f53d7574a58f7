package dk.kodetrae.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * A text analysed once, replayed as the token stream of the whole text or of a part of it. A turn is indexed as
 * one unit and each of its sentences as another: analysing the sentences' text again was a quarter of an
 * import's indexing CPU (JFR), and replaying the turn's tokens took 15 % off it. A part's tokens are the text's
 * tokens inside it, with offsets relative to the part, as analysing the part's own text gives them; only its
 * first token's position increment is 1 (in the turn, a gap before it, such as an over-long token the tokenizer
 * skipped, would count): phrase and proximity queries depend on the distances between positions, never on where a
 * unit's first term is. Each word's exact form follows its stem at the same offsets, so a part never begins or
 * ends between the two. All the replays of a text share one set of attributes: a unit's tokens are read to the end before the
 * next unit's (Lucene inverts a document's fields in turn), and making each replay its own cost 3 % of an import's
 * CPU (JFR).
 */
final class AnalysedText {
    private final int length;
    private final String[] terms;
    private final int[] positionIncrements;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final AttributeSource attributes = new AttributeSource(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY);
    private final CharTermAttribute term = attributes.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = attributes.addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = attributes.addAttribute(PositionIncrementAttribute.class);

    private AnalysedText(int length, String[] terms, int[] positionIncrements, int[] starts, int[] ends, int size) {
        this.length = length;
        this.terms = terms;
        this.positionIncrements = positionIncrements;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** Analyses {@code text} as the index analyses {@code field}. */
    static AnalysedText of(String field, String text) {
        int capacity = 16;
        String[] terms = new String[capacity];
        int[] increments = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int size = 0;
        try (TokenStream tokens = Analysis.analyzer().tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (size == capacity) {
                    capacity *= 2;
                    terms = Arrays.copyOf(terms, capacity);
                    increments = Arrays.copyOf(increments, capacity);
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                }
                terms[size] = term.toString();
                increments[size] = increment.getPositionIncrement();
                starts[size] = offset.startOffset();
                ends[size] = offset.endOffset();
                size++;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return new AnalysedText(text.length(), terms, increments, starts, ends, size);
    }

    /** The tokens of the whole text. */
    TokenStream whole() {
        return new Replay(0, size, 0, length, false);
    }

    /**
     * The tokens of the part {@code [from, to)}, or empty when a token crosses one of its ends (the part's own
     * analysis could then differ, so the caller analyses it afresh).
     */
    Optional<TokenStream> part(int from, int to) {
        int first = firstEndingAfter(from);
        int last = first;
        while (last < size && ends[last] <= to) {
            last++;
        }
        boolean crossesStart = first < size && starts[first] < from;
        boolean crossesEnd = last < size && starts[last] < to;
        if (crossesStart || crossesEnd) {
            return Optional.empty();
        }
        return Optional.of(new Replay(first, last, from, to - from, true));
    }

    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Tokens {@code [first, last)} with offsets shifted by {@code shift}. */
    private final class Replay extends TokenStream {
        private final int first;
        private final int last;
        private final int shift;
        private final int partLength;
        private final boolean firstIncrementOne;
        private int next;

        Replay(int first, int last, int shift, int partLength, boolean firstIncrementOne) {
            super(attributes);
            this.first = first;
            this.last = last;
            this.shift = shift;
            this.partLength = partLength;
            this.firstIncrementOne = firstIncrementOne;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = first;
        }

        @Override
        public boolean incrementToken() {
            if (next >= last) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[next]);
            offset.setOffset(starts[next] - shift, ends[next] - shift);
            increment.setPositionIncrement(next == first && firstIncrementOne ? 1 : positionIncrements[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(partLength, partLength);
        }
    }
}
