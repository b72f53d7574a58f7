package dk.kodetrae.transcript;

import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.corpus.Turn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/**
 * What an edited text is made of, found exactly as an import finds it: the same normalisation for the text an edit
 * inserts, the same speaker tags, turns and sentence units for the whole text after it, and the same content hash.
 * A change of a speaker tag so changes the turns, as it would have at import.
 */
public final class EditedTranscript {
    private static final TranscriptParser PARSER = new TranscriptParser(SpeakerTags.defaults(),
            SentenceSplitter.danish());

    private EditedTranscript() {
    }

    /** The turns and sentence units of a text. */
    public record Units(List<Turn> turns, List<Sentence> sentences) {
    }

    /** Normalises text an edit inserts: line endings to {@code \n}, NFC, no byte-order mark. */
    public static String normalise(String inserted) {
        return TextNormaliser.normalise(inserted).replace("\uFEFF", "");
    }

    /** Whether a whole text is as the import's normalisation leaves it (an edit must not break that). */
    public static boolean isNormal(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\uFEFF') < 0
                && Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    public static Units units(String text) {
        TranscriptParser.ParsedTranscript parsed = PARSER.parse("", text);
        return new Units(parsed.turns(), parsed.sentences());
    }

    /** The content hash the store keeps of a text (SHA-256 of its UTF-8 bytes, as at import). */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
