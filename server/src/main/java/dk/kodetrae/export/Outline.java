package dk.kodetrae.export;

import java.io.IOException;
import java.util.List;

/**
 * The shape shared by the document formats: a title, a note saying what the export holds, a heading for each
 * code where the code path changes (a theme, then its sub-codes one level deeper), a label where the comparison
 * group changes, and the quotes.
 * Only codes that have quotes, and their ancestors, get a heading.
 */
final class Outline {
    private Outline() {
    }

    /** Receives the outline in document order. All strings are white-space normalised and not yet escaped. */
    interface Sink {
        void title(String title) throws IOException;

        /** @param note what the export holds, e.g. "7 citater fra 9 kodninger; …"; never blank */
        void note(String note) throws IOException;

        /** @param depth 0 for a theme, 1 for its sub-codes, 2 for theirs, … */
        void heading(int depth, String name) throws IOException;

        /** @param label a non-empty comparison group label, e.g. "ressourceteam = ja" */
        void group(String label) throws IOException;

        void quote(Quote quote) throws IOException;
    }

    static void walk(String title, String note, List<Quote> quotes, Sink sink) throws IOException {
        String t = QuoteText.normalise(title);
        if (!t.isEmpty()) {
            sink.title(t);
        }
        sink.note(QuoteText.normalise(note));
        List<CodeRef> previousPath = List.of();
        String previousGroup = "";
        for (Quote q : quotes) {
            List<CodeRef> path = q.excerpt().codePath();
            boolean newCode = !path.equals(previousPath);
            if (newCode) {
                headings(previousPath, path, sink);
            }
            String group = QuoteText.normalise(q.excerpt().group());
            if (!group.isEmpty() && (newCode || !group.equals(previousGroup))) {
                sink.group(group);
            }
            sink.quote(q);
            previousPath = path;
            previousGroup = group;
        }
    }

    /** Headings from where the paths part; the code itself at least, so a theme after its sub-code is announced. */
    private static void headings(List<CodeRef> previous, List<CodeRef> path, Sink sink) throws IOException {
        int from = Math.min(commonPrefix(previous, path), path.size() - 1);
        for (int depth = from; depth < path.size(); depth++) {
            sink.heading(depth, QuoteText.normalise(path.get(depth).name()));
        }
    }

    private static int commonPrefix(List<CodeRef> a, List<CodeRef> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }
}
