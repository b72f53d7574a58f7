package dk.kodetrae.refiqda;

import java.util.ArrayList;
import java.util.List;

/**
 * A code's description and its label, include, exclude and example fields in one {@code <Description>}: the
 * description, then a paragraph per field written as {@code Label: …}, {@code Include: …} and so on, separated by
 * blank lines (codebooks/README.md). Read back, such paragraphs fill their fields; any other text is the description.
 */
record CodeDescription(String description, String label, String include, String exclude, String example) {
    private static final String[] FIELDS = {"Label: ", "Include: ", "Exclude: ", "Example: "};

    String write() {
        List<String> paragraphs = new ArrayList<>();
        if (!description.isBlank()) {
            paragraphs.add(description);
        }
        String[] values = {label, include, exclude, example};
        for (int i = 0; i < FIELDS.length; i++) {
            if (!values[i].isBlank()) {
                paragraphs.add(FIELDS[i] + values[i]);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static CodeDescription read(String text) {
        String[] values = {"", "", "", ""};
        List<String> rest = new ArrayList<>();
        for (String paragraph : text.split("\n\n")) {
            int field = field(paragraph);
            if (field >= 0 && values[field].isEmpty()) {
                values[field] = paragraph.substring(FIELDS[field].length());
            } else {
                rest.add(paragraph);
            }
        }
        return new CodeDescription(String.join("\n\n", rest), values[0], values[1], values[2], values[3]);
    }

    private static int field(String paragraph) {
        for (int i = 0; i < FIELDS.length; i++) {
            if (paragraph.startsWith(FIELDS[i])) {
                return i;
            }
        }
        return -1;
    }
}
