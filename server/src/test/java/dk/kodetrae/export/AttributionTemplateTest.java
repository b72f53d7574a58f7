package dk.kodetrae.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributionTemplateTest {
    private static final Path CASES = Path.of("src/test/resources/export/golden/attribution-cases.txt");

    /** One case of the golden file; {@code line} is where it starts, for the failure message. */
    record Case(int line, String comment, String template, Map<String, String> attributes, String expected) {
        @Override
        public String toString() {
            return "line " + line + ": " + comment;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(CASES, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("template:")) {
                cases.add(new Case(i + 1, lines.get(i - 1), value(lines.get(i), "template:"),
                        attributes(value(lines.get(i + 1), "attributes:")), value(lines.get(i + 2), "expected:")));
            }
        }
        return cases;
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key)) {
            throw new IllegalArgumentException(CASES + ": expected '" + key + "' in: " + line);
        }
        String value = line.substring(key.length());
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    private static Map<String, String> attributes(String spec) {
        Map<String, String> attributes = new HashMap<>();
        for (String pair : spec.isBlank() ? new String[0] : spec.split("; ")) {
            int eq = pair.indexOf('=');
            attributes.put(pair.substring(0, eq), unescape(pair.substring(eq + 1)));
        }
        return attributes;
    }

    private static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\s", " ");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void render_matchesGoldenCase(Case c) {
        assertEquals(c.expected(), AttributionTemplate.parse(c.template()).render(c.attributes()), c.toString());
    }

    @Test
    void goldenFile_holdsAllCases() throws IOException {
        assertEquals(18, cases().size());
    }

    static Stream<Arguments> invalidTemplates() {
        return Stream.of(
                Arguments.of("({rolle", "unclosed '{' at position 2"),
                Arguments.of("({rolle, {kommune})", "unclosed '{' at position 2"),
                Arguments.of("(rolle})", "'}' without a matching '{' at position 7"),
                Arguments.of("({rolle}, {})", "empty attribute name in '{}' at position 11"),
                Arguments.of("({ =ja?a|b})", "empty attribute name in '{ =ja?a|b}' at position 2"),
                Arguments.of("({ressourceteam=ja})",
                        "a conditional needs '?' after the value: {name=value?then|else} at position 2"),
                Arguments.of("({ressourceteam=?a|b})", "empty value to compare with in a conditional at position 2"),
                Arguments.of("({ressourceteam=ja?a|b|c})",
                        "a conditional has at most one '|': {name=value?then|else} at position 2"),
                Arguments.of("({ressourceteam?a|b})", "a conditional needs '=': {name=value?then|else} at position 2"));
    }

    @ParameterizedTest
    @MethodSource("invalidTemplates")
    void parse_rejectsInvalidTemplateNamingThePosition(String template, String message) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> AttributionTemplate.parse(template));

        assertEquals("attribution template \"" + template + "\": " + message, e.getMessage());
    }

    @Test
    void none_rendersNothing_andIsWhatATitledExportUses() {
        assertEquals("", AttributionTemplate.NONE.render(Map.of("rolle", "borger")));
        assertEquals(AttributionTemplate.NONE, ExportOptions.titled("x").attribution());
    }

    @Test
    void attributes_namesEveryAttributeTheTemplateReads_once_inOrder() {
        assertEquals(List.of("rolle", "ressourceteam", "køn"), List.copyOf(AttributionTemplate.parse(
                "({rolle}, {ressourceteam=ja?med|uden} {rolle}; {køn})").attributes()));
        assertEquals(List.of(), List.copyOf(AttributionTemplate.NONE.attributes()));
    }

    @Test
    void templates_areEqualWhenTheirTextIs() {
        assertEquals(AttributionTemplate.parse("({rolle})"), AttributionTemplate.parse("({rolle})"));
        assertEquals("({rolle})", AttributionTemplate.parse("({rolle})").toString());
    }
}
