package dk.kodetrae.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kodetrae.Fixtures;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Query → hits, golden: {@code fixtures/golden/search-every-word.txt} lists queries with function words,
 * negations and exact forms, and under each the sentences it must find in the {@code stopord} fixture, in reading
 * order, each match in brackets. A stop word dropped from the index or the query, a phrase highlighted in pieces
 * or an exact form that stems shows up as a difference against that file.
 */
class EveryWordGoldenTest {
    private static final String QUERY = "» ";

    @TempDir
    Path dir;

    @Test
    void queriesWithFunctionWordsNegationsAndExactForms_findAndMarkTheGoldenSentences() throws IOException {
        Path golden = Fixtures.path("golden/search-every-word.txt");
        List<String> lines = Files.readAllLines(golden, StandardCharsets.UTF_8);
        try (Project project = Project.open(dir, Fixtures.CLOCK)) {
            project.importPaths(List.of(Fixtures.path("stopord")), Optional.empty(), ImportOptions.defaults(),
                    Importer.Progress.NONE);
            StringBuilder actual = new StringBuilder();
            for (String line : lines) {
                if (line.startsWith(QUERY)) {
                    actual.append(line).append('\n');
                    answer(project, line.substring(QUERY.length()), actual);
                } else if (line.isBlank() || line.startsWith("#")) {
                    actual.append(line).append('\n');
                }
            }
            assertEquals(String.join("\n", lines) + "\n", actual.toString());
        }
    }

    private static void answer(Project project, String query, StringBuilder out) {
        SearchResult result = project.index().search(SearchRequest.of(query)
                .withOrder(SearchRequest.Order.DOCUMENT).withPage(0, SearchRequest.MAX_LIMIT));
        for (Hit h : result.hits()) {
            out.append(h.documentName()).append(": ")
                    .append(marked(project.corpus().text(h.documentId()), h.unitSpan(), h.matches())).append('\n');
        }
    }

    /** The unit's text with each match in brackets. */
    static String marked(String text, Span unit, List<Span> matches) {
        StringBuilder s = new StringBuilder();
        int at = unit.start();
        for (Span m : matches) {
            s.append(text, at, m.start()).append('[').append(text, m.start(), m.end()).append(']');
            at = m.end();
        }
        return s.append(text, at, unit.end()).toString();
    }
}
