package dk.kodetrae;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.codebook.CodebookFiles;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The fixture project with the small codebook ({@code fixtures/codebook-lille.json}) loaded. */
public final class CodedFixture {
    private CodedFixture() {
    }

    public static Project open(Path dir) {
        Project p = Fixtures.importedProject(dir);
        try {
            p.codebooks().load(CodebookFiles.read("codebook-lille.json",
                    Files.readAllBytes(Fixtures.path("codebook-lille.json"))), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static Code code(Project p, String key) {
        return p.codebooks().codes("lille").stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    public static Document document(Project p, String name) {
        return p.corpus().documentNamed(name).orElseThrow();
    }

    /** The span of the first occurrence of {@code passage} in a document's text. */
    public static Span find(Project p, String document, String passage) {
        String text = p.corpus().text(document(p, document).id());
        int at = text.indexOf(passage);
        if (at < 0) {
            throw new IllegalArgumentException("'" + passage + "' is not in " + document);
        }
        return new Span(at, at + passage.length());
    }
}
