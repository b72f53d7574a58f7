package dk.kodetrae.project;

import dk.kodetrae.codebook.CodebookFiles;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.ImportReport;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled demo: the fictional transcripts in {@code corpus/} with their manifest, packaged in the jar under
 * {@code demo/}, with the two codebooks of {@code codebooks/}; the study codebook's rules pre-code the corpus as
 * auto codings, and the study's {@link #SETTINGS} are set. Nothing is done when the project already has documents.
 */
public final class DemoProject {
    private static final String ROOT = "/demo/corpus/";
    private static final String CODEBOOKS = "/demo/codebooks/";
    private static final String MANIFEST = "manifest.csv";
    /** The study codebook, whose rules pre-code the demo (as auto codings a researcher can review). */
    public static final String STUDY_CODEBOOK = "ressourceforloeb";
    private static final List<String> CODEBOOK_FILES = List.of(STUDY_CODEBOOK, "gode-ressourceforloeb");
    /**
     * The study's settings: interviews nested in municipalities, the study codebook, the report's attribution
     * "(Borger, kommune med ressourceteam)" and its group headings.
     */
    public static final ProjectSettings SETTINGS = new ProjectSettings("kommune", STUDY_CODEBOOK,
            "({rolle}, {ressourceteam=ja?kommune med ressourceteam|kommune uden ressourceteam})",
            Map.of("ressourceteam", Map.of("ja", "Kommuner med ressourceteam", "nej", "Kommuner uden ressourceteam")));

    private DemoProject() {
    }

    /** Imports the demo corpus into an empty project; returns the report, or empty if it was already there. */
    public static Optional<ImportReport> ensure(Project project) {
        if (!project.corpus().documents().isEmpty()) {
            return Optional.empty();
        }
        Importer.Source manifest = new Importer.Source(MANIFEST, resource(ROOT, MANIFEST));
        List<Importer.Source> transcripts = new ArrayList<>();
        for (String name : documentNames(new String(manifest.bytes(), StandardCharsets.UTF_8))) {
            String file = "transcripts/" + name + ".txt";
            transcripts.add(new Importer.Source(file, resource(ROOT, file)));
        }
        ImportReport report = project.importSources(transcripts, Optional.of(manifest),
                ImportOptions.defaults().withActor("demo"), Importer.Progress.NONE);
        for (String name : CODEBOOK_FILES) {
            String file = name + ".json";
            project.codebooks().load(CodebookFiles.read(file, resource(CODEBOOKS, file)), "demo");
        }
        project.settings().update(SETTINGS, "demo");
        project.autoCoder().applyAll(STUDY_CODEBOOK, "demo");
        return Optional.of(report);
    }

    private static List<String> documentNames(String manifest) {
        List<String> names = new ArrayList<>();
        for (String line : manifest.split("\n")) {
            String first = line.split(",", 2)[0].strip();
            if (!first.isEmpty() && !first.equalsIgnoreCase("document")) {
                names.add(first);
            }
        }
        return names;
    }

    private static byte[] resource(String folder, String name) {
        try (InputStream in = DemoProject.class.getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new IllegalStateException("the demo file " + folder + name + " is missing from this build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo file " + folder + name, e);
        }
    }
}
