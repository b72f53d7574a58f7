package dk.kodetrae.refiqda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small REFI-QDA packages for tests, and finds the standard's schemas in ../shared/interop. */
final class Qdpx {
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    static Qdpx withProject(String qdeName, String qde) {
        Qdpx q = new Qdpx();
        q.entries.put(qdeName, qde.getBytes(StandardCharsets.UTF_8));
        return q;
    }

    Qdpx source(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    Qdpx file(String path, byte[] bytes) {
        entries.put(path, bytes);
        return this;
    }

    byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A {@code project.qde} of the standard's namespace around {@code body}, written by {@code origin}. */
    static String project(String origin, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Studie\""
                + " origin=\"" + origin + "\">\n" + body + "\n</Project>\n";
    }

    /** The standard's schema file {@code name} from ../shared/interop beside the repository. */
    static Path schema(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/interop").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the REFI-QDA schema " + name + " is not in shared/interop beside the"
                + " repository or above it; the tests validate exports against it");
    }
}
