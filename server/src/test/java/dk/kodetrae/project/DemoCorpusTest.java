package dk.kodetrae.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.ImportReport;
import dk.kodetrae.transcript.Importer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demo corpus, imported through the real import path with its manifest. */
class DemoCorpusTest {
    private static final Path CORPUS = Path.of("..", "corpus");

    @TempDir
    Path dir;

    @Test
    void demoCorpus_importsAll34DocumentsWithAttributesAndNoWarnings() {
        try (Project p = Project.open(dir)) {
            ImportReport report = p.importPaths(List.of(CORPUS.resolve("transcripts")),
                    Optional.of(CORPUS.resolve("manifest.csv")), ImportOptions.defaults(), Importer.Progress.NONE);
            assertEquals(34, report.documents());
            assertEquals(List.of(), report.warnings());
            assertEquals(34 * 8 - 34, report.attributesSet(), "seven attributes per document");

            Map<String, Integer> perMunicipality = new TreeMap<>();
            for (Document d : p.corpus().documents()) {
                perMunicipality.merge(d.attributes().get("kommune"), 1, Integer::sum);
                assertEquals("da", d.language(), d.name());
                var roles = p.corpus().turns(d.id()).stream().map(t -> t.role()).distinct().toList();
                assertTrue(roles.contains(SpeakerRole.INTERVIEWER) && roles.contains(SpeakerRole.RESPONDENT), d.name());
                assertTrue(!roles.contains(SpeakerRole.OTHER), d.name() + " has untagged text");
            }
            assertEquals(Map.of("A", 8, "B", 8, "C", 8, "D", 10), perMunicipality);
            assertEquals(Map.of("ja", 16, "nej", 18), p.corpus().attributeValueCounts().get("ressourceteam"));
        }
    }

    @Test
    void demoProject_isBuiltFromTheJarResourcesOnce() {
        try (Project p = Project.open(dir)) {
            assertEquals(34, DemoProject.ensure(p).orElseThrow().documents());
            assertTrue(DemoProject.ensure(p).isEmpty(), "a second start reuses the project");
        }
    }
}
