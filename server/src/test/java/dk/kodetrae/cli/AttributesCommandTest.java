package dk.kodetrae.cli;

import static dk.kodetrae.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kodetrae attributes set|apply} on the fixture project (samarbejde is in kommune A, mentor in B): the
 * change shows in the next search's filter, a refused change is one clear message and changes nothing.
 */
class AttributesCommandTest {
    @TempDir
    Path dir;

    private String project() {
        return dir.resolve("p").toString();
    }

    @BeforeEach
    void imported() {
        CliRun r = run("import", "--project", project(), "--manifest", Fixtures.path("manifest.csv").toString(),
                Fixtures.path("transcripts").toString());
        assertEquals(0, r.code(), r.err());
    }

    private String hitsInKommune(String kommune) {
        CliRun r = run("search", "--project", project(), "sanktion", "--where", "kommune=" + kommune);
        assertEquals(0, r.code(), r.err());
        // "3 hits in 1 documents (15.6 ms); …": the counts, without the time.
        return r.out().lines().findFirst().orElse("").replaceAll(" \\(.*", "");
    }

    @Test
    void set_changesOneValue_andSearchFiltersByIt() {
        String inA = hitsInKommune("A");
        assertTrue(!inA.startsWith("0 hits"), inA);

        CliRun r = run("attributes", "set", "--project", project(), "samarbejde", "kommune=Ærø");
        assertEquals(0, r.code(), r.err());
        assertEquals("1 attribute values of 1 documents changed", r.out().strip());
        assertEquals(inA, hitsInKommune("Ærø"));
        assertTrue(hitsInKommune("A").startsWith("0 hits"));
    }

    @Test
    void set_refusesAWrongValue_withOneClearMessage() {
        CliRun r = run("attributes", "set", "--project", project(), "mentor", "ressourceteam=måske");
        assertEquals(1, r.code());
        assertEquals("kodetrae: attribute change refused, nothing was changed:\n"
                + "  mentor: attribute 'ressourceteam' must be ja/nej, got 'måske'", r.err().strip());
        CliRun noEquals = run("attributes", "set", "--project", project(), "mentor", "ressourceteam");
        assertEquals(1, noEquals.code());
        assertTrue(noEquals.err().contains("expected NAME=VALUE"), noEquals.err());
    }

    @Test
    void apply_setsAManifestOnImportedDocuments_allOrNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "document,kommune\nsamarbejde,B\nukendt,B\n");
        CliRun refused = run("attributes", "apply", "--project", project(), bad.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("bad.csv line 3: unknown document 'ukendt'"), refused.err());
        assertTrue(hitsInKommune("B").startsWith("0 hits"), "the valid row was not applied either");

        Path good = Files.writeString(dir.resolve("good.csv"), "document,kommune,alder:number\nsamarbejde,B,34\n");
        CliRun applied = run("attributes", "apply", "--project", project(), good.toString());
        assertEquals(0, applied.code(), applied.err());
        assertEquals("2 attribute values of 1 documents changed (new attributes: alder)", applied.out().strip());
        assertTrue(!hitsInKommune("B").startsWith("0 hits"));
    }
}
