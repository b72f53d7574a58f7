package dk.kodetrae.transcript;

import dk.kodetrae.message.Message;
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
 * @param refusal for a refused file, what it is and what to do, phrased for the user after the file name (code
 *                {@code import.kind.*}); for a file that is read, {@code null}
 */
record FileKind(Reading reading, Message refusal) {
    /** How a file's text is obtained. */
    enum Reading { TEXT, DOCX, PDF, REFUSED }

    /** How many of a file's first bytes decide its kind. */
    static final int HEAD_BYTES = 4096;

    /** The endings that are read, as the user is told them. */
    static final String READ_ENDINGS = ".txt, .md, .docx or .pdf";

    private static final String TRANSCRIBE = "; transcribe it and import the transcript as " + READ_ENDINGS;
    private static final String RESAVE = ": open it in Word or LibreOffice and save it as .docx "
            + "(or as plain text in UTF-8), then import that";

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
            magic(0, "{\\rtf", refused("rtf", "an RTF document" + RESAVE)),
            magic(0, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
                    refused("doc", "an old Word or Office document (.doc)" + RESAVE)),
            magic(0, "ID3", audio("MP3")),
            // An MP3 without a tag starts with a frame header: 11 bits set, then MPEG-1 or -2 layer III.
            magic(0, bytes(0xFF, 0xFB), audio("MP3")),
            magic(0, bytes(0xFF, 0xF3), audio("MP3")),
            magic(0, "fLaC", audio("FLAC")),
            magic(0, "OggS", audio("Ogg")),
            magic(0, bytes(0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11),
                    refused("audioOrVideo", "an audio or video file (Windows Media)" + TRANSCRIBE,
                            "format", "Windows Media")),
            magic(8, "WAVE", audio("WAV")),
            magic(8, "AVI ", video("AVI")),
            magic(4, "ftypM4A", audio("M4A")),
            magic(4, "ftypqt", video("QuickTime .mov")),
            magic(4, "ftyp", video("MP4")),
            magic(0, bytes(0x1A, 0x45, 0xDF, 0xA3), video("Matroska/WebM")),
            magic(0, bytes(0xFF, 0xD8, 0xFF), image("JPEG")),
            magic(0, bytes(0x89, 'P', 'N', 'G'), image("PNG")),
            magic(0, "GIF8", image("GIF")),
            magic(0, bytes('I', 'I', 0x2A, 0x00), image("TIFF")),
            magic(0, bytes('M', 'M', 0x00, 0x2A), image("TIFF")),
            magic(0, bytes(0x7F, 'E', 'L', 'F'), program("ELF executable")),
            magic(0, "MZ", program("Windows executable")));

    /** Endings of files whose content was not recognised, and what they are taken to be. */
    private static final Map<String, FileKind> BY_ENDING = Map.ofEntries(
            Map.entry("txt", read(Reading.TEXT)),
            Map.entry("md", read(Reading.TEXT)),
            Map.entry("docx", read(Reading.DOCX)),
            Map.entry("pdf", read(Reading.PDF)),
            Map.entry("rtf", refused("rtf", "an RTF document" + RESAVE)),
            Map.entry("doc", refused("doc", "an old Word document (.doc)" + RESAVE)),
            Map.entry("odt", odt()),
            Map.entry("mp3", audio("MP3")),
            Map.entry("wav", audio("WAV")),
            Map.entry("m4a", audio("M4A")),
            Map.entry("mp4", video("MP4")),
            Map.entry("mov", video("QuickTime .mov")));

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
        return byEnding(fileName).orElseGet(() -> SourceFile.extension(fileName)
                .map(e -> refused("unsupported", "unsupported file type '." + e + "'; Kodetræ imports " + READ_ENDINGS,
                        "ending", "." + e))
                .orElseGet(() -> refused("noEnding", "unsupported file type (no ending); Kodetræ imports "
                        + READ_ENDINGS)));
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
            return odt();
        }
        if (head.contains("xl/")) {
            return refused("excel", "an Excel workbook, not a transcript; attributes go in a CSV manifest");
        }
        return refused("zip", "a ZIP archive; unpack it and import the transcripts in it (" + READ_ENDINGS + ")");
    }

    /**
     * OpenDocument text is refused rather than read: no well-kept Java library on Maven Central reads it (Apache
     * POI does not), and LibreOffice, which writes it, saves .docx in two clicks.
     */
    private static FileKind odt() {
        return refused("odt", "an OpenDocument text (.odt); Kodetræ does not read it: open it in LibreOffice and "
                + "save it as .docx (File > Save As, Word 2007-365), then import that");
    }

    private static FileKind audio(String format) {
        return refused("audio", "an audio file (" + format + ")" + TRANSCRIBE, "format", format);
    }

    private static FileKind video(String format) {
        return refused("video", "a video file (" + format + ")" + TRANSCRIBE, "format", format);
    }

    private static FileKind image(String format) {
        return refused("image", "an image (" + format + "); Kodetræ reads text, not pictures of it: run text "
                + "recognition (OCR) on it, or import the transcript as " + READ_ENDINGS, "format", format);
    }

    private static FileKind program(String format) {
        return refused("program", "a program (" + format + "), not a transcript", "format", format);
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
        return new FileKind(reading, null);
    }

    private static FileKind refused(String kind, String why, Object... namesAndValues) {
        return new FileKind(Reading.REFUSED, Message.of("import.kind." + kind, why, namesAndValues));
    }
}
