package dk.kodetrae.pseudonym;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the candidates of one document. Where finds overlap, the more certain one is kept: a pattern over the
 * project's list, the list over an original decided elsewhere, that over the name finder's guess.
 */
final class Candidates {
    static final int CONTEXT = 60;

    private Candidates() {
    }

    /**
     * The finds in {@code text}, in order of position; {@code modelFinds} are the name finder's guesses, and
     * {@code common} the project's common words, which those guesses must not be.
     */
    static List<Found> find(String text, List<Found> modelFinds, Key key, CommonWords common) {
        Map<String, Kind> pseudonymKinds = new HashMap<>();
        key.originalsByPseudonym().keySet().forEach(p -> pseudonymKinds.put(p, Kind.PERSON));
        List<Found> pseudonyms = occurrences(text, pseudonymKinds, Found.Source.KEY);
        // Pseudonyms already in the text are no candidates ("[Person A]" must not become "[[Person B] A]").
        List<Found> kept = new ArrayList<>(pseudonyms);
        Patterns.find(text).forEach(f -> keep(kept, f));
        Map<String, Kind> listed = new HashMap<>();
        key.names().forEach(n -> listed.put(n.name(), n.kind()));
        occurrences(text, listed, Found.Source.LIST).forEach(f -> keep(kept, f));
        Map<String, Kind> decided = new HashMap<>();
        key.decisions().stream().filter(Decision::accepted).forEach(d -> decided.put(d.original(), d.kind()));
        occurrences(text, decided, Found.Source.KEY).forEach(f -> keep(kept, f));
        modelFinds.stream().filter(f -> common.couldBeAName(text.substring(f.start(), f.end())))
                .forEach(f -> keep(kept, f));
        kept.removeAll(pseudonyms);
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    /** {@code found} with the other whole-word occurrences of {@code names} (person names) in {@code text}. */
    static List<Found> widened(String text, List<Found> found, Collection<String> names) {
        List<Found> kept = new ArrayList<>(found);
        Map<String, Kind> persons = new HashMap<>();
        names.forEach(n -> persons.put(n, Kind.PERSON));
        occurrences(text, persons, Found.Source.MODEL).forEach(f -> keep(kept, f));
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    private static void keep(List<Found> kept, Found f) {
        if (kept.stream().noneMatch(f::overlaps)) {
            kept.add(f);
        }
    }

    /**
     * Whole-word occurrences of each of {@code originals} (with its kind), also before a genitive s ("Mettes"):
     * the s stays, so the pseudonym takes it ("[Person A]s"). One pass over the text for all of them, the longest
     * first where two start at the same place ("Mette Hansen" before "Mette").
     */
    static List<Found> occurrences(String text, Map<String, Kind> originals, Found.Source source) {
        if (originals.isEmpty()) {
            return List.of();
        }
        String alternatives = originals.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?=s?(?![\\p{L}\\p{N}]))")
                .matcher(text);
        List<Found> out = new ArrayList<>();
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), originals.get(m.group()), source));
        }
        return out;
    }

    /** Up to {@value #CONTEXT} characters before {@code start}, never half an emoji (a surrogate pair). */
    static String before(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(from, start);
    }

    static String after(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return text.substring(end, to);
    }
}
