package dk.kodetrae.deletion;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deletes a whole project folder so that its files' bytes are overwritten before they are unlinked: a project whose
 * files were only unlinked leaves its transcripts readable in the free blocks of the disk until they are reused.
 * The project must be closed. On a journalling or copy-on-write file system, or an SSD, the overwrite is a best
 * effort: the file system may write the zeros elsewhere (docs/ARCHITECTURE.md says so).
 */
public final class ProjectFolder {
    private static final int BLOCK = 64 * 1024;

    private ProjectFolder() {
    }

    /**
     * Overwrites every regular file under {@code directory} with zeros, forces them to disk, and deletes the folder
     * with everything in it. Symbolic links are deleted, never followed.
     *
     * @return the number of files overwritten
     */
    public static int erase(Path directory) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(directory)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        int files = 0;
        for (Path p : all) {
            if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                overwrite(p);
                files++;
            }
            Files.delete(p);
        }
        return files;
    }

    private static void overwrite(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer zeros = ByteBuffer.allocate(BLOCK);
            for (long at = 0; at < size; at += BLOCK) {
                zeros.clear().limit((int) Math.min(BLOCK, size - at));
                while (zeros.hasRemaining()) {
                    channel.write(zeros, at + zeros.position());
                }
            }
            channel.force(true);
        }
    }
}
