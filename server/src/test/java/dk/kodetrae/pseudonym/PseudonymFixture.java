package dk.kodetrae.pseudonym;

import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Two short interviews written for these tests (fictional), full of what pseudonymisation must find: names the
 * model knows from its kind of sentence (Mette, Ahmed), a name only the researcher's list knows (Solgården, a
 * workplace), a CPR number, a phone number, an e-mail and a street address, with æøå and an emoji before them so
 * offsets are tested in UTF-16 code units.
 */
public final class PseudonymFixture {
    public static final String FIRST = """
            I: Vil du fortælle lidt om dig selv? 🙂

            R: Jeg hedder Mette, og jeg bor på Skovvej 12. Min sagsbehandler hedder Ahmed, og han ringer på 20 30 40 50.

            I: Hvor arbejdede du før?

            R: På Solgården i mange år. Mettes mand syntes, det var for hårdt.
            """;
    public static final String SECOND = """
            I: Hvordan gik mødet?

            R: Ahmed sagde, at mit CPR-nummer 010203-1234 manglede på papiret. Han skrev til mette.hansen@vestera.dk bagefter.

            I: Og så?

            R: Så ringede jeg til Mette. Øh, det var godt.
            """;

    private PseudonymFixture() {
    }

    /** A project in {@code dir} with the two interviews, "første.txt" and "anden.txt". */
    public static Project open(Path dir) {
        Project project = Project.open(dir.resolve("projekt"));
        project.importSources(List.of(source("første.txt", FIRST), source("anden.txt", SECOND)), Optional.empty(),
                ImportOptions.defaults(), Importer.Progress.NONE);
        return project;
    }

    private static Importer.Source source(String name, String text) {
        return new Importer.Source(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
