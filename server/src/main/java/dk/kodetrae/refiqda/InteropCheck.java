package dk.kodetrae.refiqda;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks REFI-QDA samples end to end, each in throwaway projects: the import succeeds, every imported coding starts
 * and ends on a word boundary, an export validates against the schema, and importing the export gives the same
 * codings (document, code path, offsets, coder).
 */
public final class InteropCheck {
    private final SchemaCheck schema;
    private final PrintWriter out;

    public InteropCheck(Path projectXsd, PrintWriter out) {
        this.schema = SchemaCheck.of(projectXsd);
        this.out = out;
    }

    /** Checks every {@code .qdpx} in {@code folder}; returns the number that failed (a folder with none fails). */
    public int checkAll(Path folder) throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(folder)) {
            samples = files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".qdpx")).sorted().toList();
        }
        if (samples.isEmpty()) {
            out.println("FAIL no .qdpx samples in " + folder);
            return 1;
        }
        int failed = 0;
        for (Path sample : samples) {
            List<String> problems = check(sample);
            out.println((problems.isEmpty() ? "ok   " : "FAIL ") + sample.getFileName());
            problems.forEach(p -> out.println("       " + p));
            failed += problems.isEmpty() ? 0 : 1;
        }
        out.println(samples.size() - failed + " of " + samples.size() + " samples passed");
        return failed;
    }

    List<String> check(Path sample) throws IOException {
        List<String> problems = new ArrayList<>();
        Path work = Files.createTempDirectory("kodetrae-interop-");
        try {
            ImportOptions options = ImportOptions.defaults().withActor("interop-check");
            byte[] exported;
            List<String> first;
            try (Project a = Project.open(work.resolve("a"))) {
                QdpxReport report = RefiQda.importFile(a, sample.getFileName().toString(), Files.readAllBytes(sample),
                        options);
                out.println("     " + sample.getFileName() + ": " + report.summary());
                problems.addAll(offBoundaries(a));
                exported = RefiQda.exportProject(a, report.file(), "interop-check");
                first = codings(a);
            }
            schema.problems(SchemaCheck.projectXml(exported)).forEach(p -> problems.add("export invalid: " + p));
            try (Project b = Project.open(work.resolve("b"))) {
                RefiQda.importFile(b, "export.qdpx", exported, options);
                List<String> second = codings(b);
                if (!first.equals(second)) {
                    problems.add("re-import changed the codings: " + first.size() + " before, " + second.size()
                            + " after; first difference: " + firstDifference(first, second));
                }
            }
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
        } finally {
            delete(work);
        }
        return problems;
    }

    private static List<String> offBoundaries(Project p) {
        List<String> out = new ArrayList<>();
        for (Document d : p.corpus().documents()) {
            String text = p.corpus().text(d.id());
            for (Coding c : p.codings().forDocument(d.id())) {
                if (!WordBoundaries.isBoundary(text, c.span().start()) || !WordBoundaries.isBoundary(text,
                        c.span().end())) {
                    out.add("coding [" + c.span().start() + ", " + c.span().end() + ") in '" + d.name()
                            + "' is not on word boundaries");
                }
            }
        }
        return out;
    }

    /** Each coding as "document | code path | start-end | coder", sorted. */
    static List<String> codings(Project p) {
        Map<Long, Code> codes = new HashMap<>();
        p.codebooks().allCodes().forEach(c -> codes.put(c.id(), c));
        List<String> out = new ArrayList<>();
        for (Document d : p.corpus().documents()) {
            for (Coding c : p.codings().forDocument(d.id())) {
                out.add(d.name() + " | " + path(codes, c.codeId()) + " | " + c.span().start() + "-" + c.span().end()
                        + " | " + c.coder());
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String path(Map<Long, Code> codes, long id) {
        Code c = codes.get(id);
        return c.parentId() == null ? c.name() : path(codes, c.parentId()) + " / " + c.name();
    }

    private static String firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(none)";
            String y = i < b.size() ? b.get(i) : "(none)";
            if (!x.equals(y)) {
                return x + " ≠ " + y;
            }
        }
        return "(none)";
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the check's temporary folder " + dir, e);
        }
    }
}
