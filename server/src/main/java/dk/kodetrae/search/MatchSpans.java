package dk.kodetrae.search;

import dk.kodetrae.corpus.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * A passage formatter that returns match offsets instead of markup, so no text is ever turned into HTML here:
 * the caller inserts text as text.
 */
final class MatchSpans extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        List<Span> spans = new ArrayList<>();
        for (Passage p : passages) {
            for (int i = 0; i < p.getNumMatches(); i++) {
                spans.add(new Span(p.getMatchStarts()[i], p.getMatchEnds()[i]));
            }
        }
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return List.copyOf(spans);
    }
}
