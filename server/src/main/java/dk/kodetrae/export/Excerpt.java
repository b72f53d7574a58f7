package dk.kodetrae.export;

import dk.kodetrae.corpus.Span;
import java.util.List;
import java.util.Map;

/**
 * One coded passage to export. Immutable: the lists and the map are copied.
 *
 * @param codePath     the theme, any intermediate codes, and last the code itself; at least one element
 * @param documentName the document the passage comes from
 * @param attributes   the document's attributes, e.g. rolle, kommune, ressourceteam
 * @param group        the comparison group label, e.g. "ressourceteam = ja"; "" if none
 * @param span         the passage's document offsets (UTF-16 code units, end exclusive)
 * @param text         exactly the document text {@code [span.start, span.end)}, so its length is the span's
 * @param sentences    the sentences inside the passage, offsets relative to {@code text}, in order and not
 *                     overlapping; trimming long quotes cuts only at their ends
 * @param speaker      who speaks in the passage; "" if unknown
 * @param coder        who coded it; "" if unknown
 * @param provenance   where the coding came from and its review
 */
public record Excerpt(List<CodeRef> codePath, String documentName, Map<String, String> attributes, String group,
                      Span span, String text, List<Span> sentences, String speaker, String coder,
                      Provenance provenance) {
    public Excerpt {
        String where = "excerpt in '" + documentName + "'";
        requireNonNull(documentName, "documentName", where);
        requireNonNull(group, "group", where);
        requireNonNull(span, "span", where);
        requireNonNull(text, "text", where);
        requireNonNull(speaker, "speaker", where);
        requireNonNull(coder, "coder", where);
        requireNonNull(provenance, "provenance", where);
        where += " at [" + span.start() + ", " + span.end() + ")";
        codePath = copy(codePath, "codePath", where);
        sentences = copy(sentences, "sentences", where);
        attributes = copy(attributes, where);
        if (codePath.isEmpty()) {
            throw new IllegalArgumentException(where + ": codePath must name at least the code itself");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException(where + ": text has " + text.length()
                    + " UTF-16 units but the span covers " + span.length());
        }
        checkSentences(sentences, text.length(), where);
    }

    /** A passage coded by hand. */
    public Excerpt(List<CodeRef> codePath, String documentName, Map<String, String> attributes, String group,
                   Span span, String text, List<Span> sentences, String speaker, String coder) {
        this(codePath, documentName, attributes, group, span, text, sentences, speaker, coder, Provenance.MANUAL);
    }

    private static void requireNonNull(Object value, String field, String where) {
        if (value == null) {
            throw new IllegalArgumentException(where + ": " + field + " must not be null");
        }
    }

    /** An immutable copy; {@link List#copyOf} alone would throw a NullPointerException that names nothing. */
    private static <T> List<T> copy(List<T> list, String field, String where) {
        requireNonNull(list, field, where);
        for (T element : list) {
            requireNonNull(element, "an element of " + field, where);
        }
        return List.copyOf(list);
    }

    private static Map<String, String> copy(Map<String, String> attributes, String where) {
        requireNonNull(attributes, "attributes", where);
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            if (a.getKey() == null || a.getValue() == null) {
                throw new IllegalArgumentException(where + ": attribute " + a.getKey() + " has no name or no value");
            }
        }
        return Map.copyOf(attributes);
    }

    private static void checkSentences(List<Span> sentences, int length, String where) {
        int previousEnd = 0;
        for (Span s : sentences) {
            if (s.start() < previousEnd || s.end() > length) {
                throw new IllegalArgumentException(where + ": sentence [" + s.start() + ", " + s.end()
                        + ") must lie inside the text (length " + length + ") after the previous sentence");
            }
            previousEnd = s.end();
        }
    }

    /** The code the passage is coded with: the last element of {@link #codePath}. */
    public CodeRef code() {
        return codePath.getLast();
    }
}
