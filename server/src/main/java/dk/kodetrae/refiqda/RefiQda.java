package dk.kodetrae.refiqda;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.Codebook;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Element;

/**
 * REFI-QDA import and export for a project: {@code .qdpx} projects and {@code .qdc} codebooks. Imports are all or
 * nothing; exports hold what the standard can carry (documents as internal text sources, attributes as variables,
 * the code tree, codings with their coders, memos as notes). Auto-coding rules and review states stay behind.
 */
public final class RefiQda {
    /** A package may unpack to at most this much in all. */
    static final long MAX_PACKAGE_BYTES = 512L * 1024 * 1024;
    /** An inflation ratio above this refuses a package as a zip bomb; real packages of text stay far below it. */
    static final int MAX_RATIO = 100;

    private RefiQda() {
    }

    /** Whether a file name is one this class imports. */
    public static boolean handles(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".qdpx") || lower.endsWith(".qdc");
    }

    /** Imports a {@code .qdpx} project or a {@code .qdc} codebook, by the file name's extension. */
    public static QdpxReport importFile(Project project, String fileName, byte[] bytes, ImportOptions options) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".qdc")) {
            return importCodebook(project, fileName, bytes, options);
        }
        QdpxArchive archive = QdpxArchive.read(fileName, bytes,
                new QdpxArchive.Limits(options.maxFileBytes(), MAX_PACKAGE_BYTES, MAX_RATIO));
        QdeProject qde = QdeProject.parse(fileName + "/" + archive.qdeName(),
                SafeXml.parse(fileName + "/" + archive.qdeName(), archive.qde()));
        return new QdpxImport(project, options, fileName, qde, archive::source).run();
    }

    private static QdpxReport importCodebook(Project project, String fileName, byte[] bytes, ImportOptions options) {
        Element root = SafeXml.parse(fileName, bytes);
        if (!root.getLocalName().equals("CodeBook")) {
            throw new RefiQdaException(fileName, "the root element is <" + root.getLocalName() + ">, not <CodeBook>");
        }
        String name = fileName.replaceAll("(?i)^.*[/\\\\]|\\.qdc$", "");
        QdeProject qde = new QdeProject(name, SafeXml.attribute(root, "origin").orElse("a REFI-QDA tool"), null,
                Map.of(), QdeProject.codeTree(root), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new QdpxImport(project, options, fileName, qde, f -> Optional.empty()).run();
    }

    /** Writes the whole project as a {@code .qdpx}: {@code project.qde} and each document as a text source. */
    public static byte[] exportProject(Project project, String name, String creator) {
        project.requireWholeProjectExportable();
        List<Document> documents = project.corpus().documents();
        Map<Long, String> texts = project.corpus().texts(documents.stream().map(Document::id).toList());
        Map<Long, String> documentGuids = project.corpus().guids();
        List<Coding> codings = new ArrayList<>();
        documents.forEach(d -> codings.addAll(project.codings().forDocument(d.id())));
        List<Code> codes = project.codebooks().allCodes();
        byte[] qde = QdeWriter.project(new QdeWriter.ProjectContent(name, creator,
                project.store().clock().instant().toString(), documents, texts, documentGuids,
                project.corpus().attributes(), codes, project.codebooks().codeGuids(), codings,
                Guids.codings(project.store()), project.memos().all()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde);
            zip.closeEntry();
            for (Document d : documents) {
                zip.putNextEntry(new ZipEntry("sources/" + documentGuids.get(d.id()) + ".txt"));
                zip.write(texts.get(d.id()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a zip to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Writes one codebook of the project as a {@code .qdc}. */
    public static byte[] exportCodebook(Project project, String codebookId) {
        Codebook book = project.codebooks().codebook(codebookId);
        Map<Long, String> guids = new HashMap<>(project.codebooks().codeGuids());
        return QdeWriter.codebook(project.codebooks().codes(book.id()), guids);
    }
}
