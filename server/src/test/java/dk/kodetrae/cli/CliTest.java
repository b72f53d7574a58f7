package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.Fixtures;
import dk.kodetrae.project.Project;
import dk.kodetrae.project.ProjectLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run as a user runs it: import, search with filters, reindex; errors as one clear line. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** Runs one command line in this JVM, as {@code kodetrae ARGS} would. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Run imported() {
        return run("import", "--project", dir.toString(), "--manifest", Fixtures.path("manifest.csv").toString(),
                Fixtures.path("transcripts").toString());
    }

    @Test
    void import_printsTheReport() {
        Run r = imported();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("imported 4 documents, 15 turns, 21 sentences"), r.out());
        assertTrue(r.out().contains("script.txt: not listed in the manifest"), r.out());
    }

    @Test
    void search_printsKwicLinesWithDocumentRoleAndOffsets() {
        imported();
        Run r = run("search", "--project", dir.toString(), "sanktion", "--speaker", "respondent", "--where", "kommune=A");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 hits in 1 documents"), r.out());
        assertTrue(r.out().contains("samarbejde respondent"), r.out());
        assertTrue(r.out().contains("[Sanktionen] kom som et chok"), r.out());
        assertTrue(r.out().contains("hits per attribute value: {interviewdato={2015-03-04=2}, kommune={A=2}"), r.out());
    }

    /** Stop words count and =word is the form as written: in search and in the auto-coding rules. */
    @Test
    void searchAndAutocode_countEveryWord_andExactForms() {
        Run imported = run("import", "--project", dir.toString(), Fixtures.path("stopord").toString());
        assertEquals(0, imported.code(), imported.err());

        Run phrase = run("search", "--project", dir.toString(), "\"ikke lyst\"");
        assertEquals(0, phrase.code(), phrase.err());
        assertTrue(phrase.out().startsWith("1 hits in 1 documents"), "not every 'lyst': " + phrase.out());
        assertTrue(phrase.out().contains("Jeg havde [ikke lyst] til at starte."), phrase.out());
        Run negation = run("search", "--project", dir.toString(), "ikke NOT lyst");
        assertTrue(negation.out().startsWith("4 hits in 1 documents"), negation.out());
        Run exact = run("search", "--project", dir.toString(), "=stol");
        assertTrue(exact.out().startsWith("1 hits in 1 documents"), exact.out());
        assertTrue(exact.out().contains("Sidder du godt på den [stol]?"), exact.out());
        Run stemmed = run("search", "--project", dir.toString(), "stol");
        assertTrue(stemmed.out().startsWith("3 hits in 1 documents"), stemmed.out());

        run("codebook", "load", "--project", dir.toString(), Fixtures.path("codebook-stopord.json").toString());
        Run apply = run("autocode", "--project", dir.toString(), "--codebook", "stopord");
        assertEquals(0, apply.code(), apply.err());
        assertTrue(apply.out().lines().anyMatch(l -> l.matches("ulyst\\s+1\\s+0\\s+0")), apply.out());
        assertTrue(apply.out().lines().anyMatch(l -> l.matches("stol\\s+1\\s+0\\s+0")), apply.out());
    }

    @Test
    void everyCommandHasHelp_describingItsOptions() {
        Run bench = run("bench", "--help");
        assertEquals(0, bench.code(), bench.err());
        assertTrue(bench.out().contains("--codings=<codings>"), bench.out());
        assertTrue(bench.out().contains("Codings in the crosstab benchmark's project"), bench.out());
        Run search = run("search", "-h");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().startsWith("Usage: kodetrae search"), search.out());
    }

    @Test
    void reindex_rebuildsFromTheStore() {
        imported();
        Run r = run("reindex", "--project", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("reindexed 4 documents ({SENTENCE="), r.out());
    }

    @Test
    void failedImport_isOneClearMessageAndExitCode1() {
        Run r = run("import", "--project", dir.toString(), Fixtures.path("bad/latin1.txt").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("kodetrae: import refused, nothing was changed:"), r.err());
        assertTrue(r.err().contains("latin1.txt line 1: not valid UTF-8"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void badQuery_isOneClearMessage() {
        imported();
        Run r = run("search", "--project", dir.toString(), "(sanktion");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("kodetrae: cannot read the query '(sanktion'"), r.err());
    }

    @Test
    void codebookLoad_autocode_andCodeQueries_workFromTheCommandLine() {
        imported();
        Run load = run("codebook", "load", "--project", dir.toString(), Fixtures.path("codebook-lille.json").toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().contains("loaded codebook 'lille' with 4 codes"), load.out());

        Run preview = run("autocode", "--project", dir.toString(), "--codebook", "lille", "--preview");
        assertTrue(preview.out().contains("sanktioner"), preview.out());
        Run apply = run("autocode", "--project", dir.toString(), "--codebook", "lille", "--code", "sanktioner");
        assertEquals(0, apply.code(), apply.err());
        assertTrue(apply.out().lines().anyMatch(l -> l.matches("sanktioner\\s+2\\s+0\\s+0")), apply.out());
        Run again = run("autocode", "--project", dir.toString(), "--codebook", "lille", "--code", "sanktioner");
        assertTrue(again.out().lines().anyMatch(l -> l.matches("sanktioner\\s+0\\s+0\\s+2")), "idempotent: " + again.out());

        Run query = run("search", "--project", dir.toString(), "--codes", "code:sanktioner", "--codings", "all", "Åse");
        assertEquals(0, query.code(), query.err());
        assertTrue(query.out().startsWith("1 units in 1 documents; Codings: all, unreviewed auto codings included"),
                query.out());
        Run reviewedOnly = run("search", "--project", dir.toString(), "--codes", "code:sanktioner", "Åse");
        assertTrue(reviewedOnly.out().startsWith("0 units in 0 documents; Codings: manual and accepted auto"
                + " (--codings reviewed)"), "the rule's codings are not reviewed yet: " + reviewedOnly.out());
        Run wrong = run("search", "--project", dir.toString(), "--codes", "code:sanktioner", "--codings", "alle", "Åse");
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("coding filter must be one of manual, reviewed, all, got 'alle'"), wrong.err());
        assertTrue(query.out().contains("Søren og Åse"), query.out());
    }

    @Test
    void compare_printsTheCrosstabAsCsv_matchingTheGoldenFile() throws Exception {
        imported();
        run("codebook", "load", "--project", dir.toString(), Fixtures.path("codebook-lille.json").toString());
        run("autocode", "--project", dir.toString(), "--codebook", "lille");
        Run csv = run("compare", "--project", dir.toString(), "--codebook", "lille", "--by", "kommune", "--format", "csv",
                "--measure", "passages");
        assertEquals(0, csv.code(), csv.err());
        assertEquals(java.nio.file.Files.readString(Fixtures.path("golden/compare-lille-by-kommune.csv")), csv.out(),
                "by default the rule's unreviewed codings are not counted, only shown as unreviewed");
        Run all = run("compare", "--project", dir.toString(), "--codebook", "lille", "--by", "kommune", "--format", "csv",
                "--measure", "passages", "--codings", "all");
        assertEquals(java.nio.file.Files.readString(Fixtures.path("golden/compare-lille-by-kommune-all.csv")), all.out());
        Run table = run("compare", "--project", dir.toString(), "--codebook", "lille", "--by", "kommune");
        assertTrue(table.out().lines().anyMatch(l -> l.equals("Codings: manual and accepted auto (--codings reviewed);"
                + " 3 unreviewed auto codings not counted")), table.out());
        Run interviews = run("compare", "--project", dir.toString(), "--codebook", "lille", "--by", "ressourceteam",
                "--measure", "interviews", "--stats");
        assertFalse(interviews.out().contains("clusters"), "no cluster attribute set: " + interviews.out());
        assertTrue(interviews.out().contains("ressourceteam = ja"), interviews.out());

        Run set = run("settings", "set", "--project", dir.toString(), "--cluster-attribute", "kommune",
                "--group-label", "ressourceteam", "ja", "Kommuner med ressourceteam");
        assertEquals(0, set.code(), set.err());
        Run labelled = run("compare", "--project", dir.toString(), "--codebook", "lille", "--by", "ressourceteam",
                "--measure", "interviews", "--stats");
        assertTrue(labelled.out().contains("Note: The groups consist of 2 vs 1 clusters (different values of \"kommune\")"),
                labelled.out());
        assertTrue(labelled.out().contains("Kommuner med ressourceteam"), labelled.out());
        assertTrue(labelled.out().contains("ressourceteam = nej"), "a value without a label: " + labelled.out());
    }

    @Test
    void export_writesADocxWithHeadingsAndAttributedQuotes() throws Exception {
        imported();
        run("codebook", "load", "--project", dir.toString(), Fixtures.path("codebook-lille.json").toString());
        run("autocode", "--project", dir.toString(), "--codebook", "lille");
        Run template = run("settings", "set", "--project", dir.toString(), "--attribution-template",
                "({rolle}, {ressourceteam=ja?kommune med ressourceteam|kommune uden ressourceteam})");
        assertEquals(0, template.code(), template.err());
        Path out = dir.resolve("uddrag.docx");
        Run reviewed = run("export", "--project", dir.toString(), "--codebook", "lille", "--codes", "sanktioner",
                "--format", "docx", "-o", out.toString());
        assertEquals(0, reviewed.code(), reviewed.err());
        assertTrue(reviewed.out().startsWith("wrote 0 quotes from 0 codings"), "nobody has reviewed the rule's"
                + " codings: " + reviewed.out());
        assertTrue(reviewed.out().strip().endsWith("Codings: manual and accepted auto (--codings reviewed)"),
                reviewed.out());
        Run r = run("export", "--project", dir.toString(), "--codebook", "lille", "--codes", "sanktioner",
                "--format", "docx", "--codings", "all", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote 2 quotes from 2 codings (0 merged"), r.out());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(out))) {
            List<String> texts = doc.getParagraphs().stream().map(p -> p.getText()).toList();
            assertTrue(texts.contains("Sanktioner"), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("„Sanktionen kom som et chok for mig.“")
                    && t.endsWith("(Borger, kommune med ressourceteam) (automatisk kodet, ikke gennemset)")),
                    texts.toString());
        }
    }

    @Test
    void aCommandAgainstAFolderWithoutAProject_saysSoAndHowToMakeOne_andCreatesNothing() {
        Path missing = dir.resolve("ingen-projekt-æøå");
        for (String[] command : List.of(new String[] {"search", "sanktion"}, new String[] {"compare", "--by", "rolle"},
                new String[] {"codebook", "list"}, new String[] {"settings", "show"}, new String[] {"reindex"},
                new String[] {"serve", "--port", "0"})) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--project", missing.toString())).toArray(String[]::new);
            Run r = run(args);
            assertEquals(1, r.code(), String.join(" ", command) + ": " + r.out());
            assertTrue(r.err().startsWith("kodetrae: there is no Kodetræ project in " + missing + ". Create one by"
                    + " importing transcripts: kodetrae import --project " + missing), r.err());
            assertFalse(Files.exists(missing), String.join(" ", command) + " created " + missing);
        }
    }

    @Test
    void demoHelp_namesTheDemoFolder_andOtherCommandsTheDefaultProject() {
        Run demo = run("demo", "--help");
        assertTrue(demo.out().lines().anyMatch(l -> l.strip().equals(ProjectLocation.demoProject().toString())), demo.out());
        Run search = run("search", "--help");
        assertTrue(search.out().lines().anyMatch(l -> l.strip().equals(ProjectLocation.defaultProject().toString())),
                search.out());
    }

    @Test
    void settings_showTheDefaultsOfAnImportedProject_andSetEachSetting() {
        imported();
        run("codebook", "load", "--project", dir.toString(), Fixtures.path("codebook-lille.json").toString());
        Run shown = run("settings", "show", "--project", dir.toString());
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("cluster attribute:    (not set"), shown.out());
        assertTrue(shown.out().contains("default codebook:     lille (not set: the first codebook)"), shown.out());
        assertTrue(shown.out().contains("Not set: clusterAttribute, defaultCodebook, attributionTemplate, groupLabels"),
                shown.out());

        Run set = run("settings", "set", "--project", dir.toString(), "--cluster-attribute", "kommune",
                "--default-codebook", "lille", "--attribution-template", "({rolle})",
                "--group-label", "ressourceteam", "ja", "Kommuner med ressourceteam 😊",
                "--group-label", "ressourceteam", "nej", "Kommuner uden");
        assertEquals(0, set.code(), set.err());
        Run after = run("settings", "show", "--project", dir.toString());
        assertTrue(after.out().contains("cluster attribute:    kommune"), after.out());
        assertTrue(after.out().lines().anyMatch(l -> l.equals("default codebook:     lille")), after.out());
        assertTrue(after.out().contains("attribution template: ({rolle})"), after.out());
        assertTrue(after.out().contains("  ressourceteam = ja: Kommuner med ressourceteam 😊"), after.out());
        assertFalse(after.out().contains("Not set"), after.out());

        Run removed = run("settings", "set", "--project", dir.toString(), "--group-label", "ressourceteam", "nej", "",
                "--unset", "cluster-attribute");
        assertEquals(0, removed.code(), removed.err());
        assertFalse(removed.out().contains("Kommuner uden"), removed.out());
        assertTrue(removed.out().contains("Not set: clusterAttribute"), removed.out());
    }

    @Test
    void settingsSet_refusesAWrongSetting_namingIt_andChangesNothing() {
        imported();
        run("settings", "set", "--project", dir.toString(), "--cluster-attribute", "kommune");
        Run r = run("settings", "set", "--project", dir.toString(), "--cluster-attribute", "region",
                "--attribution-template", "({rolle)");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("clusterAttribute: the project has no attribute 'region'"), r.err());
        assertTrue(r.err().contains("attributionTemplate: attribution template \"({rolle)\": unclosed '{' at position 2"),
                r.err());
        assertTrue(run("settings", "show", "--project", dir.toString()).out().contains("cluster attribute:    kommune"));
    }

    /**
     * Issue 18 §4: a coder codes the first words of a sentence that the rule of the same code auto-coded; the export
     * prints the sentence once and says that it merged one coding.
     */
    @Test
    void export_printsAPassageCodedByHandInsideAnAutoCodingOfTheSameCodeOnce() throws Exception {
        imported();
        run("codebook", "load", "--project", dir.toString(), Fixtures.path("codebook-lille.json").toString());
        run("autocode", "--project", dir.toString(), "--codebook", "lille");
        String nested = "Nu er der ingen sanktioner mere 😊";
        try (Project p = Project.open(dir, Fixtures.CLOCK)) {
            p.codings().add(CodedFixture.document(p, "samarbejde").id(), CodedFixture.code(p, "sanktioner").id(),
                    CodedFixture.find(p, "samarbejde", nested), "mette");
        }
        Path md = dir.resolve("uddrag.md");

        Run r = run("export", "--project", dir.toString(), "--codebook", "lille", "--codes", "sanktioner",
                "--format", "markdown", "--codings", "all", "-o", md.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote 2 quotes from 3 codings (1 merged with an overlapping coding of the same"
                + " code in the same document)"), r.out());
        String text = Files.readString(md);
        assertEquals(1, text.split(nested, -1).length - 1, text);
        assertTrue(text.contains("> „" + nested + " Søren og Åse på jobcentret er enige om, at det var en fejl.“"),
                text);
        assertTrue(text.contains("1 kodning, der overlappede en anden kodning af samme kode i samme dokument, er"
                + " slået sammen med den."), text);
        Path csv = dir.resolve("uddrag.csv");
        run("export", "--project", dir.toString(), "--codebook", "lille", "--codes", "sanktioner", "--format", "csv",
                "--codings", "all", "-o", csv.toString());
        List<String> quoteNumbers = Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("1", "2", "2"), quoteNumbers, "one row per coding, the merged ones share quote 2");
    }
}
