package dk.kodetrae.refiqda;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Maps UTF-16 indices of a source's raw text to offsets into the text Kodetræ stores for it, which is the raw text
 * with its byte-order mark removed, line endings made {@code \n} and put in Unicode NFC (transcript's
 * TextNormaliser). An index that has no place in the stored text (between {@code \r} and {@code \n}, inside a
 * surrogate pair, inside a character that NFC composed) maps to {@code -1}.
 */
final class StoredOffsets {
    private final int[] map;
    private final String stored;

    private StoredOffsets(int[] map, String stored) {
        this.map = map;
        this.stored = stored;
    }

    /** The stored text this map leads into. */
    String stored() {
        return stored;
    }

    int at(int rawIndex) {
        return rawIndex < 0 || rawIndex >= map.length ? -1 : map[rawIndex];
    }

    /**
     * Builds the map for {@code raw} (without a byte-order mark). Empty when NFC changes the text in a way that
     * does not split at character starts, in which case no position can be trusted.
     */
    static java.util.Optional<StoredOffsets> of(String raw) {
        int[] toLf = new int[raw.length() + 1];
        StringBuilder lf = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            toLf[i] = i > 0 && raw.charAt(i - 1) == '\r' && ch == '\n' || insidePair(raw, i) ? -1 : lf.length();
            if (ch == '\r') {
                lf.append('\n');
            } else if (ch != '\n' || i == 0 || raw.charAt(i - 1) != '\r') {
                lf.append(ch);
            }
        }
        toLf[raw.length()] = lf.length();
        String text = lf.toString();
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return java.util.Optional.of(new StoredOffsets(toLf, text));
        }
        return composed(text).map(c -> new StoredOffsets(Arrays.stream(toLf).map(j -> j < 0 ? -1 : c.map()[j])
                .toArray(), c.text()));
    }

    private record Composition(String text, int[] map) {
    }

    /**
     * NFC applied run by run, a run being a character with the combining marks after it. Offsets at run starts map
     * exactly; offsets inside a run that NFC changed have no place. Refused (empty) when the runs do not add up to
     * NFC of the whole text.
     */
    private static java.util.Optional<Composition> composed(String text) {
        int[] map = new int[text.length() + 1];
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = start + Character.charCount(text.codePointAt(start));
            while (end < text.length() && continues(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String run = text.substring(start, end);
            String normal = Normalizer.normalize(run, Normalizer.Form.NFC);
            for (int i = start; i < end; i++) {
                map[i] = normal.equals(run) ? out.length() + (i - start) : i == start ? out.length() : -1;
            }
            out.append(normal);
            start = end;
        }
        map[text.length()] = out.length();
        String result = out.toString();
        return result.equals(Normalizer.normalize(text, Normalizer.Form.NFC))
                ? java.util.Optional.of(new Composition(result, map)) : java.util.Optional.empty();
    }

    private static boolean continues(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || codePoint >= 0x1160 && codePoint <= 0x11FF;
    }

    private static boolean insidePair(String s, int i) {
        return i > 0 && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
