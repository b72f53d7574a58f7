package dk.kodetrae.transcript;

import dk.kodetrae.message.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Limits by what an import produces, checked before the costly step that would produce it. A 1.2 MB .docx whose
 * text part was 95 MB of paragraphs (just inside the zip-bomb ratio) became 1.2 million turns and 6.5 GB of memory,
 * and the project could then not be opened on a laptop. The limits are far above any interview: a two-hour
 * transcript is some 100,000 characters, 1,000 turns and 5,000 sentences.
 */
final class ImportLimits {
    /** Characters of one document's text. */
    static final int MAX_CHARS = 2_000_000;
    /** Speaker turns of one document. */
    static final int MAX_TURNS = 20_000;
    /** Sentence units of one document. */
    static final int MAX_SENTENCES = 100_000;
    /** Characters of all documents of one import together. */
    static final long MAX_IMPORT_CHARS = 200_000_000L;
    /** Bytes of a .docx's text part ({@code word/document.xml}), measured as it is unpacked, before POI reads it. */
    static final long MAX_DOCX_TEXT_PART_BYTES = 25L * 1024 * 1024;

    private ImportLimits() {
    }

    /** Unpacks the text part of a .docx without keeping it, and refuses the file once it is larger than the limit. */
    static void checkDocxTextPart(byte[] docx) throws SourceFile.UnreadableFile {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    long size = zip.skip(MAX_DOCX_TEXT_PART_BYTES + 1);
                    if (size > MAX_DOCX_TEXT_PART_BYTES) {
                        throw new SourceFile.UnreadableFile(Message.of("import.limit.docxText",
                                "its text part is larger than " + MAX_DOCX_TEXT_PART_BYTES / (1024 * 1024) + " MB,"
                                        + " far more than an interview; split the document", "limitMb",
                                MAX_DOCX_TEXT_PART_BYTES / (1024 * 1024)));
                    }
                    return;
                }
            }
        } catch (IOException unreadable) {
            // POI reads the file next and says what is wrong with it.
        }
    }

    static void checkChars(int chars) throws SourceFile.UnreadableFile {
        if (chars > MAX_CHARS) {
            throw over("import.limit.chars", chars, "characters", MAX_CHARS);
        }
    }

    static void checkUnits(int turns, int sentences) throws SourceFile.UnreadableFile {
        if (turns > MAX_TURNS) {
            throw over("import.limit.turns", turns, "speaker turns", MAX_TURNS);
        }
        if (sentences > MAX_SENTENCES) {
            throw over("import.limit.sentences", sentences, "sentences", MAX_SENTENCES);
        }
    }

    static void checkImportChars(long charsSoFar) throws SourceFile.UnreadableFile {
        if (charsSoFar > MAX_IMPORT_CHARS) {
            throw new SourceFile.UnreadableFile(Message.of("import.limit.importChars", "with this file the import"
                    + " holds more than " + MAX_IMPORT_CHARS + " characters; import the files in smaller batches",
                    "limit", MAX_IMPORT_CHARS));
        }
    }

    private static SourceFile.UnreadableFile over(String code, long count, String what, long limit) {
        return new SourceFile.UnreadableFile(Message.of(code, count + " " + what + ", more than the " + limit
                + " one document may hold; split the document", "count", count, "limit", limit));
    }
}
