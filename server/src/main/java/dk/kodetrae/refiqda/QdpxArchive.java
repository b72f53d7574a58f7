package dk.kodetrae.refiqda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The parts of a {@code .qdpx} zip that an import reads: the project XML ({@code project.qde}, {@code Project.qde}
 * or {@code <name>.qde}) and the files of the sources folder ({@code sources/} or {@code Sources/}), by file name.
 * Read as untrusted: an entry whose path leaves the folder, a file over the size limit, a total over
 * {@link Limits#maxTotalBytes} or an inflation ratio above {@link Limits#maxRatio} refuses the whole file.
 */
record QdpxArchive(String qdeName, byte[] qde, Map<String, byte[]> sources) {
    /** How much a package may hold. */
    record Limits(long maxSourceBytes, long maxTotalBytes, int maxRatio) {
        /** Below this many bytes inflated, the ratio is not checked (small files compress any way they like). */
        static final long RATIO_FLOOR = 1024 * 1024;
    }

    /** A source file by its name in the sources folder, case-insensitively. */
    Optional<byte[]> source(String fileName) {
        return Optional.ofNullable(sources.get(fileName.toLowerCase(Locale.ROOT)));
    }

    static QdpxArchive read(String file, byte[] bytes, Limits limits) {
        Map<String, byte[]> qdes = new HashMap<>();
        Map<String, byte[]> sources = new HashMap<>();
        long[] inflated = {0};
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int entries = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries++;
                String name = checkedName(file, e.getName());
                if (e.isDirectory()) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                boolean isQde = !lower.contains("/") && lower.endsWith(".qde");
                boolean isSource = lower.startsWith("sources/") && lower.indexOf('/', 8) < 0;
                long limit = isQde ? limits.maxTotalBytes() : limits.maxSourceBytes();
                byte[] content = readEntry(file, zip, name, limit, limits, bytes.length, inflated);
                if (isQde) {
                    qdes.put(name, content);
                } else if (isSource) {
                    sources.put(lower.substring("sources/".length()), content);
                }
            }
            if (entries == 0) {
                throw new RefiQdaException(file, "not a .qdpx file (a zip with project.qde): no zip entries found");
            }
        } catch (ZipException e) {
            throw new RefiQdaException(file, "not a valid zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new RefiQdaException(file, "cannot read the zip: " + e.getMessage());
        }
        String qde = projectXml(file, qdes);
        return new QdpxArchive(qde, qdes.get(qde), Map.copyOf(sources));
    }

    private static String projectXml(String file, Map<String, byte[]> qdes) {
        if (qdes.isEmpty()) {
            throw new RefiQdaException(file, "no project.qde in the zip's top folder");
        }
        return qdes.keySet().stream().filter(n -> n.equalsIgnoreCase("project.qde")).findFirst()
                .or(() -> qdes.size() == 1 ? qdes.keySet().stream().findFirst() : Optional.empty())
                .orElseThrow(() -> new RefiQdaException(file, "several .qde files and none named project.qde: "
                        + String.join(", ", qdes.keySet().stream().sorted().toList())));
    }

    /** The entry's path, refused when absolute or when any segment is {@code ..}: it would leave the folder. */
    private static String checkedName(String file, String raw) {
        String name = raw.replace('\\', '/');
        boolean escapes = name.startsWith("/") || name.matches("^[A-Za-z]:.*")
                || ("/" + name + "/").contains("/../");
        if (escapes) {
            throw new RefiQdaException(file, "zip entry '" + raw + "' points outside the package's folder");
        }
        return name.startsWith("./") ? name.substring(2) : name;
    }

    private static byte[] readEntry(String file, ZipInputStream zip, String name, long limit, Limits limits,
                                    long compressedTotal, long[] inflated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
            size += n;
            inflated[0] += n;
            if (size > limit) {
                throw new RefiQdaException(file, "'" + name + "' is larger than the limit of " + limit + " bytes");
            }
            if (inflated[0] > limits.maxTotalBytes()) {
                throw new RefiQdaException(file, "the zip unpacks to more than " + limits.maxTotalBytes()
                        + " bytes (a zip bomb?)");
            }
            if (inflated[0] > Limits.RATIO_FLOOR && inflated[0] > (long) limits.maxRatio() * compressedTotal) {
                throw new RefiQdaException(file, "the zip unpacks to more than " + limits.maxRatio()
                        + " times its size (a zip bomb?)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
