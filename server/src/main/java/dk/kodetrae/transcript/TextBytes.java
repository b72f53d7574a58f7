package dk.kodetrae.transcript;

import dk.kodetrae.message.Message;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bytes of a text file (a transcript or a manifest) as text: UTF-16 with a byte-order mark, else strict UTF-8.
 * Anything else is refused with where it goes wrong and how to save the file, never decoded leniently: a
 * Windows-1252 manifest stored {@code Århus} as {@code �rhus}, and UTF-16 without a byte-order mark imported with a
 * NUL between every character. Such UTF-16 is refused rather than guessed: text with a dash or a curly quote from
 * Word breaks the pattern that identifies it, and a guess that holds for some files and not others would surprise.
 */
final class TextBytes {
    /** How many bytes are looked at to recognise UTF-16 without a byte-order mark. */
    private static final int SAMPLE = 4096;

    private TextBytes() {
    }

    /** The bytes are not text; {@code line} (1-based, 0 for the whole file) is where they stop being text. */
    static final class NotText extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final transient Message explanation;

        NotText(int line, Message explanation) {
            super(explanation.text());
            this.line = line;
            this.explanation = explanation;
        }

        /** The refusal as an import problem of {@code file}. */
        ImportProblem problemOf(String file) {
            return new ImportProblem(file, line, getMessage(), explanation.code(), explanation.params());
        }
    }

    static String decode(byte[] bytes) throws NotText {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0 && looksLikeUtf16(bytes)) {
            throw new NotText(0, Message.of("import.encoding.utf16", "UTF-16 text without a byte-order mark (a NUL"
                    + " byte between the characters); save it as UTF-8 (in Notepad: Save As, Encoding UTF-8) and"
                    + " import it again"));
        }
        if (nul >= 0 && FileKind.looksBinary(bytes)) {
            throw binary();
        }
        if (nul >= 0) {
            throw new NotText(lineAt(bytes, nul), Message.of("import.encoding.nul", "a NUL character (byte " + nul
                    + "), which text never holds; the file is damaged or not plain text: save it again as UTF-8 text"
                    + " and import it again", "byte", nul));
        }
        return utf8(bytes);
    }

    private static String utf8(byte[] bytes) throws NotText {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return out.flip().toString();
        }
        if (FileKind.looksBinary(bytes)) {
            throw binary();
        }
        int at = in.position();
        String hex = String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF);
        throw new NotText(lineAt(bytes, at), Message.of("import.encoding.notUtf8", "not valid UTF-8 (byte " + at
                + " is 0x" + hex + "); the file is probably Windows-1252 or ISO-8859-1: save it as UTF-8 and import"
                + " it again", "byte", at, "hex", hex));
    }

    private static NotText binary() {
        return new NotText(0, Message.of("import.kind.binary",
                "a binary file, not text; Kodetræ imports " + FileKind.READ_ENDINGS));
    }

    /**
     * Whether the first bytes have a NUL at most even or most odd positions and hardly any at the others: Latin text
     * in UTF-16 without a byte-order mark.
     */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE) & ~1;
        int[] nuls = new int[2];
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                nuls[i & 1]++;
            }
        }
        int units = sample / 2;
        return units > 0 && Math.max(nuls[0], nuls[1]) * 10 >= units * 7 && Math.min(nuls[0], nuls[1]) * 10 < units;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int first, int second) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
    }
}
