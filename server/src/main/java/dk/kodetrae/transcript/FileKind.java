package dk.kodetrae.transcript;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an input file is, decided by its first bytes (magic numbers) and, where they say nothing, by its ending; and
 * so how it is read, or why it is refused. Content wins over the ending: a PDF named {@code .txt} is read as a PDF,
 * and an MP3 named {@code .txt} is refused as audio rather than decoded as text.
 *
 * @param reading how the file's text is obtained, or {@link Reading#REFUSED}
 * @param refusal for a refused file, what it is and what to do, phrased for the user after the file name
 */
record FileKind(Reading reading, String refusal) {
    /** How a file's text is obtained. */
    enum Reading { TEXT, DOCX, PDF, REFUSED }

    /** How many of a file's first bytes decide its kind. */
    static final int HEAD_BYTES = 4096;

    /** The endings that are read, as the user is told them. */
    static final String READ_ENDINGS = ".txt, .md, .docx or .pdf";

    private static final String TRANSCRIBE = "; transcribe it and import the transcript as " + READ_ENDINGS;
    private static final String RESAVE = ": open it in Word or LibreOffice and save it as .docx "
            + "(or as plain text in UTF-8), then import that";
    private static final String IMAGE = "; Kodetræ reads text, not pictures of it: run text recognition (OCR) on it, "
            + "or import the transcript as " + READ_ENDINGS;

    /** Content the first bytes identify. */
    private record Magic(int offset, byte[] bytes, FileKind kind) {
        boolean matches(byte[] content) {
            if (content.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (content[offset + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Magic> MAGIC = List.of(
            magic(0, "%PDF-", read(Reading.PDF)),
            magic(0, "{\\rtf", refused("an RTF document" + RESAVE)),
            magic(0, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
                    refused("an old Word or Office document (.doc)" + RESAVE)),
            magic(0, "ID3", refused("an audio file (MP3)" + TRANSCRIBE)),
            // An MP3 without a tag starts with a frame header: 11 bits set, then MPEG-1 or -2 layer III.
            magic(0, bytes(0xFF, 0xFB), refused("an audio file (MP3)" + TRANSCRIBE)),
            magic(0, bytes(0xFF, 0xF3), refused("an audio file (MP3)" + TRANSCRIBE)),
            magic(0, "fLaC", refused("an audio file (FLAC)" + TRANSCRIBE)),
            magic(0, "OggS", refused("an audio file (Ogg)" + TRANSCRIBE)),
            magic(0, bytes(0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11),
                    refused("an audio or video file (Windows Media)" + TRANSCRIBE)),
            magic(8, "WAVE", refused("an audio file (WAV)" + TRANSCRIBE)),
            magic(8, "AVI ", refused("a video file (AVI)" + TRANSCRIBE)),
            magic(4, "ftypM4A", refused("an audio file (M4A)" + TRANSCRIBE)),
            magic(4, "ftypqt", refused("a video file (QuickTime .mov)" + TRANSCRIBE)),
            magic(4, "ftyp", refused("a video file (MP4)" + TRANSCRIBE)),
            magic(0, bytes(0x1A, 0x45, 0xDF, 0xA3), refused("a video file (Matroska/WebM)" + TRANSCRIBE)),
            magic(0, bytes(0xFF, 0xD8, 0xFF), refused("an image (JPEG)" + IMAGE)),
            magic(0, bytes(0x89, 'P', 'N', 'G'), refused("an image (PNG)" + IMAGE)),
            magic(0, "GIF8", refused("an image (GIF)" + IMAGE)),
            magic(0, bytes('I', 'I', 0x2A, 0x00), refused("an image (TIFF)" + IMAGE)),
            magic(0, bytes('M', 'M', 0x00, 0x2A), refused("an image (TIFF)" + IMAGE)),
            magic(0, bytes(0x7F, 'E', 'L', 'F'), refused("a program (ELF executable), not a transcript")),
            magic(0, "MZ", refused("a program (Windows executable), not a transcript")));

    /** Endings of files whose content was not recognised, and what they are taken to be. */
    private static final Map<String, FileKind> BY_ENDING = Map.ofEntries(
            Map.entry("txt", read(Reading.TEXT)),
            Map.entry("md", read(Reading.TEXT)),
            Map.entry("docx", read(Reading.DOCX)),
            Map.entry("pdf", read(Reading.PDF)),
            Map.entry("rtf", refused("an RTF document" + RESAVE)),
            Map.entry("doc", refused("an old Word document (.doc)" + RESAVE)),
            Map.entry("odt", refused(odtAdvice())),
            Map.entry("mp3", refused("an audio file (MP3)" + TRANSCRIBE)),
            Map.entry("wav", refused("an audio file (WAV)" + TRANSCRIBE)),
            Map.entry("m4a", refused("an audio file (M4A)" + TRANSCRIBE)),
            Map.entry("mp4", refused("a video file (MP4)" + TRANSCRIBE)),
            Map.entry("mov", refused("a video file (QuickTime .mov)" + TRANSCRIBE)));

    /** What a file is taken to be from its ending alone, when its ending is known. */
    static Optional<FileKind> byEnding(String fileName) {
        return SourceFile.extension(fileName).map(BY_ENDING::get);
    }

    /** What {@code bytes}, named {@code fileName}, are. */
    static FileKind of(String fileName, byte[] bytes) {
        for (Magic m : MAGIC) {
            if (m.matches(bytes)) {
                return m.kind();
            }
        }
        if (isZip(bytes)) {
            return zip(fileName, bytes);
        }
        return byEnding(fileName).orElseGet(() -> refused("unsupported file type "
                + SourceFile.extension(fileName).map(e -> "'." + e + "'").orElse("(no ending)")
                + "; Kodetræ imports " + READ_ENDINGS));
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * Office files are ZIP packages. A Word package is read whatever its ending; an OpenDocument package names
     * its type in its first, uncompressed entry.
     */
    private static FileKind zip(String fileName, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        if (head.contains("word/") || SourceFile.extension(fileName).filter("docx"::equals).isPresent()) {
            return read(Reading.DOCX);
        }
        if (head.startsWith("mimetype", 30) && head.contains("application/vnd.oasis.opendocument.text")) {
            return refused(odtAdvice());
        }
        if (head.contains("xl/")) {
            return refused("an Excel workbook, not a transcript; attributes go in a CSV manifest");
        }
        return refused("a ZIP archive; unpack it and import the transcripts in it (" + READ_ENDINGS + ")");
    }

    /**
     * OpenDocument text is refused rather than read: no well-kept Java library on Maven Central reads it (Apache
     * POI does not), and LibreOffice, which writes it, saves .docx in two clicks.
     */
    private static String odtAdvice() {
        return "an OpenDocument text (.odt); Kodetræ does not read it: open it in LibreOffice and save it as .docx "
                + "(File > Save As, Word 2007-365), then import that";
    }

    /**
     * Whether bytes that are not UTF-8 are binary data rather than text in another encoding: text has few control
     * characters besides tab, line breaks and form feed.
     */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control * 100 > sample;
    }

    private static Magic magic(int offset, String ascii, FileKind kind) {
        return new Magic(offset, ascii.getBytes(StandardCharsets.US_ASCII), kind);
    }

    private static Magic magic(int offset, byte[] bytes, FileKind kind) {
        return new Magic(offset, bytes, kind);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static FileKind read(Reading reading) {
        return new FileKind(reading, "");
    }

    private static FileKind refused(String why) {
        return new FileKind(Reading.REFUSED, why);
    }
}
