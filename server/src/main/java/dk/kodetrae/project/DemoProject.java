package dk.kodetrae.project;

import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.ImportReport;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bundled demo: the fictional transcripts in {@code corpus/} with their manifest, packaged in the jar under
 * {@code demo/}. Importing is skipped when the project already has documents.
 */
public final class DemoProject {
    private static final String ROOT = "/demo/corpus/";
    private static final String MANIFEST = "manifest.csv";

    private DemoProject() {
    }

    /** Imports the demo corpus into an empty project; returns the report, or empty if it was already there. */
    public static Optional<ImportReport> ensure(Project project) {
        if (!project.corpus().documents().isEmpty()) {
            return Optional.empty();
        }
        Importer.Source manifest = new Importer.Source(MANIFEST, resource(MANIFEST));
        List<Importer.Source> transcripts = new ArrayList<>();
        for (String name : documentNames(new String(manifest.bytes(), StandardCharsets.UTF_8))) {
            String file = "transcripts/" + name + ".txt";
            transcripts.add(new Importer.Source(file, resource(file)));
        }
        return Optional.of(project.importSources(transcripts, Optional.of(manifest),
                ImportOptions.defaults().withActor("demo"), Importer.Progress.NONE));
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

    private static byte[] resource(String name) {
        try (InputStream in = DemoProject.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the demo file " + ROOT + name + " is missing from this build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo file " + ROOT + name, e);
        }
    }
}
