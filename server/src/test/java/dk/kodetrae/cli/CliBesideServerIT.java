package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.api.ApiServer;
import dk.kodetrae.project.Project;
import dk.kodetrae.project.ProjectSettings;
import dk.kodetrae.search.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-only commands against a project a running server has open (its search index locked for writing), as a
 * researcher runs them in a second terminal while the page is open: they read, and change nothing.
 */
class CliBesideServerIT {
    @TempDir
    Path dir;
    Project project;
    ApiServer server;

    @BeforeEach
    void serve() {
        project = CodedFixture.open(dir);
        project.autoCoder().applyAll("lille", "test");
        project.settings().update(new ProjectSettings("kommune", "lille", "({rolle})",
                Map.of("ressourceteam", Map.of("ja", "Kommuner med ressourceteam"))), "test");
        // The index commits a moment after an import; the commands beside the server read what it committed.
        project.index().commitNow();
        server = ApiServer.start(project, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        project.close();
    }

    private CliTest.Run run(String... args) {
        return CliTest.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--project", dir.toString())).toArray(String[]::new));
    }

    @Test
    void readOnlyCommands_workBesideARunningServer() throws Exception {
        CliTest.Run search = run("search", "sanktion");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().startsWith("3 hits in 1 documents"), search.out());
        assertEquals("", search.err());

        CliTest.Run compare = run("compare", "--by", "ressourceteam", "--format", "csv");
        assertEquals(0, compare.code(), compare.err());
        assertTrue(compare.out().startsWith("code,name,depth,Kommuner med ressourceteam,ressourceteam = nej,total"),
                compare.out());

        Path docx = dir.resolveSibling(dir.getFileName() + "-uddrag.md");
        CliTest.Run export = run("export", "--codes", "sanktioner", "--by", "ressourceteam", "--format", "markdown",
                "--codings", "all", "-o", docx.toString());
        assertEquals(0, export.code(), export.err());
        String md = Files.readString(docx);
        assertTrue(md.contains("**Kommuner med ressourceteam**"), md);
        assertTrue(md.contains("(Borger)"), md);
        Files.delete(docx);

        CliTest.Run list = run("codebook", "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith("lille  Lille kodebog (4 codes), the default"), list.out());

        CliTest.Run settings = run("settings", "show");
        assertEquals(0, settings.code(), settings.err());
        assertTrue(settings.out().contains("cluster attribute:    kommune"), settings.out());
    }

    @Test
    void aCommandThatWritesTheIndex_stillRefuses_namingTheOtherProcess() {
        CliTest.Run reindex = run("reindex");
        assertEquals(1, reindex.code());
        assertTrue(reindex.err().contains("is open in another Kodetræ process; stop that one first"), reindex.err());
    }

    @Test
    void searchWhileTheServerHasNotYetIndexedTheNewestChange_searchesWhatThereIs_andSaysSo() {
        // As between an import's store commit and its index commit: a row the index reflects changed in the store.
        project.store().write(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("UPDATE document_attribute SET value = value"
                        + " WHERE rowid = (SELECT min(rowid) FROM document_attribute)");
            }
        });
        CliTest.Run search = run("search", "sanktion");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().startsWith("3 hits in 1 documents"), search.out());
        assertTrue(search.err().contains("another Kodetræ process is still indexing the newest changes"), search.err());
        assertEquals(3, project.index().search(SearchRequest.of("sanktion")).total(), "the server's index is untouched");
    }
}
