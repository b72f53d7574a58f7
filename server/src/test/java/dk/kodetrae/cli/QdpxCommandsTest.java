package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.coding.Coding;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-qdpx, export-qdpx and interop-check, run as a user runs them. */
class QdpxCommandsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path codedProject() {
        Path project = dir.resolve("a");
        try (Project p = CodedFixture.open(project)) {
            p.codings().add(CodedFixture.document(p, "samarbejde").id(), CodedFixture.code(p, "sanktioner").id(),
                    CodedFixture.find(p, "samarbejde", "sanktioner mere 😊 Søren"), "ane");
        }
        return project;
    }

    private static Path schema() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("shared/interop/Project.xsd"))) {
                return d.resolve("shared/interop/Project.xsd");
            }
        }
        throw new IllegalStateException("shared/interop/Project.xsd is not beside the repository");
    }

    @Test
    void exportThenImport_carriesTheCodingsOffsetForOffset() {
        Path a = codedProject();
        Path qdpx = dir.resolve("projekt.qdpx");
        Run export = run("export-qdpx", "--project", a.toString(), "-o", qdpx.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals("wrote " + qdpx + "\n", export.out());
        Path b = dir.resolve("b");
        Run imported = run("import-qdpx", "--project", b.toString(), qdpx.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("imported 4 documents, 15 attribute values, 4 codes, 1 codings by 1"
                + " coders, 0 memos from Kodetræ; positions read as code points (the standard): 1 of 1 selections"
                + " placed, 1 on word boundaries"), imported.out());
        try (Project p = Project.open(b)) {
            long doc = p.corpus().documentNamed("samarbejde").orElseThrow().id();
            Coding k = p.codings().forDocument(doc).getFirst();
            assertEquals("sanktioner mere 😊 Søren", p.corpus().text(doc).substring(k.span().start(), k.span().end()));
        }
    }

    @Test
    void aCodebookExportsAsQdc_andQdcNeedsACodebook() throws IOException {
        Path a = codedProject();
        Path qdc = dir.resolve("lille.qdc");
        Run ok = run("export-qdpx", "--project", a.toString(), "--codebook", "lille", "-o", qdc.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readString(qdc).contains("name=\"Sanktioner\""), Files.readString(qdc));
        Run missing = run("export-qdpx", "--project", a.toString(), "-o", dir.resolve("x.qdc").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("kodetrae: a .qdc holds one codebook"), missing.err());
    }

    @Test
    void aRefusedImport_isOneClearMessageAndExitCode1() throws IOException {
        Path bad = Files.writeString(dir.resolve("ikke.qdpx"), "dette er ikke en zip");
        Run r = run("import-qdpx", "--project", dir.resolve("b").toString(), bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("kodetrae: ikke.qdpx: refused, nothing was changed:"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void interopCheck_passesAGoodSample_andFailsLoudlyOnABadOne() throws IOException {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        run("export-qdpx", "--project", codedProject().toString(), "-o", samples.resolve("god.qdpx").toString());
        Run good = run("interop-check", "--schema", schema().toString(), samples.toString());
        assertEquals(0, good.code(), good.out() + good.err());
        assertTrue(good.out().contains("ok   god.qdpx"), good.out());
        Files.writeString(samples.resolve("ond.qdpx"), "ikke en zip");
        Run bad = run("interop-check", "--schema", schema().toString(), samples.toString());
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.out().contains("FAIL ond.qdpx"), bad.out());
        assertTrue(bad.out().contains("1 of 2 samples passed"), bad.out());
    }
}
