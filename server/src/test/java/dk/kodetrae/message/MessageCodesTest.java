package dk.kodetrae.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page shows an API error in its own language only if its catalogues know the error's code; a code they do
 * not know falls back to the server's English text inside a sentence of the page's language. So every code the
 * server's sources send must have an {@code error.<code>} entry in both catalogues.
 */
class MessageCodesTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path MESSAGES = Path.of("..", "web", "js", "messages");
    /** The forms in which a code is given: a message, a coded refusal, an API error, a domain exception. */
    private static final Pattern CODE = Pattern.compile("(?:Message\\.of|new InvalidInput|ApiError\\.\\w+"
            + "|Exception\\.\\w+|\\binvalid|\\bnotFound|\\bmessage|\\berror|generic)\\(\\s*(?:\\d+,\\s*)?"
            + "\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*)\"\\s*,");
    /** File kinds an import refuses are coded {@code import.kind.<kind>} (transcript.FileKind). */
    private static final Pattern FILE_KIND = Pattern.compile("\\brefused\\(\"(\\w+)\"");

    @Test
    void everyCodeTheServerSends_hasATextInBothPageCatalogues() {
        Set<String> codes = codesInSources();
        assertTrue(codes.size() > 60, "the scan finds the server's codes: " + codes);
        for (String language : List.of("da", "en")) {
            String catalogue = read(MESSAGES.resolve(language + ".js"));
            Set<String> missing = new TreeSet<>();
            codes.stream().filter(c -> !catalogue.contains("'error." + c + "'")).forEach(missing::add);
            assertEquals(Set.of(), missing, "codes without a text in " + language + ".js");
        }
    }

    @Test
    void theScan_findsCodesInEachFormTheServerUses() {
        Set<String> codes = codesInSources();
        assertTrue(codes.containsAll(List.of("codeQuery.unexpected", "query.unclosedQuote", "codings.filter",
                "json.malformed", "coding.span", "import.refused", "import.kind.odt")), codes.toString());
    }

    private static Set<String> codesInSources() {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String source = read(f);
                Matcher m = CODE.matcher(source);
                while (m.find()) {
                    codes.add(m.group(1));
                }
                Matcher kind = FILE_KIND.matcher(source);
                while (kind.find()) {
                    codes.add("import.kind." + kind.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
