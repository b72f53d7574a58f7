package dk.kodetrae.transcript;

import java.text.Normalizer;

/**
 * The one normalisation every imported text goes through before it is stored: byte-order mark removed, line
 * endings to {@code \n}, Unicode NFC. Offsets are only ever taken on the result.
 */
final class TextNormaliser {
    private TextNormaliser() {
    }

    static String normalise(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        // The quick check answers for most texts without building a copy, which normalising always does.
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
