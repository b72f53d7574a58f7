package dk.kodetrae.refiqda;

import dk.kodetrae.corpus.Span;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the selections of a project's sources in Kodetræ's stored texts. Every {@link Convention} is tried on
 * every selection of the project; the one that puts the most selections on word boundaries is taken for all of
 * them (the tool that wrote the file used one convention), ties settled in the order of {@link Convention}.
 * A selection that does not fit under the chosen convention is reported, never moved.
 */
final class Placement {
    /** One source: its raw text as the tool exported it, the map into the stored text, its selections. */
    record SourceText(String raw, StoredOffsets offsets, List<QdeProject.Selection> selections) {
    }

    /** How one convention did on the project's selections. */
    record Score(int placed, int onWordBoundary) {
    }

    /** The chosen convention, the score of each, and where each selection (by guid) landed. */
    record Result(Convention chosen, Map<Convention, Score> scores, Map<String, Span> spans,
                  Map<String, String> notPlaced) {
        Score chosenScore() {
            return scores.get(chosen);
        }
    }

    private Placement() {
    }

    static Result place(List<SourceText> sources) {
        Map<Convention, Score> scores = new EnumMap<>(Convention.class);
        Map<Convention, Map<String, Span>> spans = new EnumMap<>(Convention.class);
        Map<Convention, Map<String, String>> misses = new EnumMap<>(Convention.class);
        for (Convention c : Convention.values()) {
            Map<String, Span> placed = new HashMap<>();
            Map<String, String> missed = new HashMap<>();
            int boundaries = 0;
            for (SourceText s : sources) {
                boundaries += placeAll(c, s, placed, missed);
            }
            scores.put(c, new Score(placed.size(), boundaries));
            spans.put(c, placed);
            misses.put(c, missed);
        }
        Convention best = Convention.CODE_POINTS;
        for (Convention c : Convention.values()) {
            Score s = scores.get(c);
            Score b = scores.get(best);
            if (s.onWordBoundary() > b.onWordBoundary()
                    || s.onWordBoundary() == b.onWordBoundary() && s.placed() > b.placed()) {
                best = c;
            }
        }
        return new Result(best, scores, spans.get(best), misses.get(best));
    }

    /** Places the selections of one source; returns how many landed on word boundaries at both ends. */
    private static int placeAll(Convention c, SourceText s, Map<String, Span> placed, Map<String, String> missed) {
        int[] raw = c.rawIndices(s.raw());
        String text = s.offsets().stored();
        int boundaries = 0;
        for (QdeProject.Selection sel : s.selections()) {
            int start = stored(raw, s.offsets(), sel.start());
            int end = stored(raw, s.offsets(), sel.end());
            if (sel.start() < 0 || sel.end() <= sel.start()) {
                missed.put(sel.guid(), "positions [" + sel.start() + ", " + sel.end() + ") are not a selection");
            } else if (sel.end() >= raw.length) {
                missed.put(sel.guid(), "positions [" + sel.start() + ", " + sel.end() + ") run past the end of the"
                        + " text (" + (raw.length - 1) + " positions)");
            } else if (start < 0 || end < 0 || start >= end) {
                missed.put(sel.guid(), "positions [" + sel.start() + ", " + sel.end() + ") fall inside a character"
                        + " or a line ending");
            } else {
                placed.put(sel.guid(), new Span(start, end));
                boundaries += WordBoundaries.isBoundary(text, start) && WordBoundaries.isBoundary(text, end) ? 1 : 0;
            }
        }
        return boundaries;
    }

    private static int stored(int[] raw, StoredOffsets offsets, long position) {
        return position < 0 || position >= raw.length ? -1 : offsets.at(raw[(int) position]);
    }
}
