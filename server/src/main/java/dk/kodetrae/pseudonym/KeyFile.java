package dk.kodetrae.pseudonym;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The key as a JSON file apart from the project. Written whole to a temporary file beside it (readable by its owner
 * only), flushed to disk and moved over the old one, so a crash leaves the old key or the new one, never half.
 */
final class KeyFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private KeyFile() {
    }

    /** The key in {@code file}; an empty key for {@code project} when there is no file yet. */
    static Key read(Path file, String project) {
        if (!Files.exists(file)) {
            return Key.empty(project);
        }
        try {
            Key key = JSON.readValue(file.toFile(), Key.class);
            if (!Key.FORMAT.equals(key.format())) {
                throw unreadable(file, "not a Kodetræ pseudonym key (format '" + key.format() + "', expected '"
                        + Key.FORMAT + "')");
            }
            return key;
        } catch (JacksonException e) {
            throw unreadable(file, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pseudonym key " + file, e);
        }
    }

    /** Replaces the key in {@code file}; durable when this returns. */
    static void write(Path file, Key key) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".pseudonym-key", ".tmp");
            ownerOnly(temp);
            try (OutputStream out = Files.newOutputStream(temp)) {
                JSON.writeValue(out, key);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(temp, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pseudonym key " + file, e);
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static PseudonymException unreadable(Path file, String why) {
        return PseudonymException.conflict("pseudonym.keyUnreadable", file + ": the pseudonym key cannot be read: "
                + why, "file", file.toString(), "message", why);
    }
}
