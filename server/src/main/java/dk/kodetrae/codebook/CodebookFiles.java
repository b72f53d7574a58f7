package dk.kodetrae.codebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** Reads and writes codebook files ({@link CodebookFile#FORMAT}), with errors that name the file. */
public final class CodebookFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CodebookFiles() {
    }

    public static CodebookFile read(String fileName, byte[] bytes) {
        try {
            CodebookFile file = JSON.readValue(bytes, CodebookFile.class);
            if (file == null) {
                throw CodebookException.invalid("codebookFile.empty", fileName + ": empty codebook file", "file", fileName);
            }
            return file;
        } catch (JsonProcessingException e) {
            throw CodebookException.invalid("codebookFile.invalid",
                    fileName + ": not a valid codebook file: " + firstLine(e.getOriginalMessage()), "file", fileName);
        } catch (IOException e) {
            throw CodebookException.invalid("codebookFile.unreadable", fileName + ": cannot read: " + e.getMessage(),
                    "file", fileName);
        }
    }

    public static byte[] write(CodebookFile file) {
        try {
            return JSON.writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a codebook is always serialisable", e);
        }
    }

    private static String firstLine(String message) {
        int nl = message == null ? -1 : message.indexOf('\n');
        return nl < 0 ? String.valueOf(message) : message.substring(0, nl);
    }
}
