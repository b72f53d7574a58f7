package dk.kodetrae.export;

import dk.kodetrae.message.InvalidInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The attribution after a quote, e.g. "(Koordinerende sagsbehandler, kommune med ressourceteam)", built from a
 * document's attributes by a template.
 *
 * <p>Syntax: literal text with fields in braces. {@code {rolle}} is the value of attribute {@code rolle}.
 * {@code {ressourceteam=ja?med ressourceteam|uden ressourceteam}} is the text before {@code |} when the attribute
 * equals {@code ja} (ignoring case and surrounding space), else the text after it; the {@code |else} part may be
 * left out. The branches are literal text. Braces cannot be written as literal text.
 *
 * <p>Rendering: a missing or blank attribute renders as "", for a conditional too, because neither branch would
 * be true of a document whose value is unknown. Then separators left next to a parenthesis or another separator
 * are tidied away ("(, x)" → "(x)", "(x, )" → "(x)", "a, , b" → "a, b", "()" → ""), white space is collapsed,
 * and the first letter after any opening parenthesis or quote is capitalised.
 *
 * <p>Immutable and thread-safe.
 */
public final class AttributionTemplate {
    /** No attribution: the quotes stand alone (a project that has not set a template). */
    public static final AttributionTemplate NONE = parse("");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern AFTER_OPEN = Pattern.compile("\\(\\s*(?:[,;]\\s*)+");
    private static final Pattern BEFORE_CLOSE = Pattern.compile("(?:\\s*[,;])+\\s*\\)");
    private static final Pattern REPEATED = Pattern.compile("([,;])(?:\\s*[,;])+");
    private static final Pattern EMPTY_PARENS = Pattern.compile("\\(\\s*\\)");
    private static final Pattern AT_EDGES = Pattern.compile("^[\\s,;]+|[\\s,;]+$");

    private final String template;
    private final List<Part> parts;

    private AttributionTemplate(String template, List<Part> parts) {
        this.template = template;
        this.parts = parts;
    }

    /**
     * @throws IllegalArgumentException naming the 1-based position of an unclosed or stray brace, an empty
     *                                  attribute name, or a malformed conditional
     */
    public static AttributionTemplate parse(String template) {
        if (template == null) {
            throw new IllegalArgumentException("attribution template must not be null");
        }
        return new AttributionTemplate(template, new Parser(template).parts());
    }

    /** The attribution for a document with these attributes; never null, "" when nothing is known. */
    public String render(Map<String, String> attributes) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(part.render(attributes));
        }
        return capitalise(tidy(out.toString()));
    }

    /** The attributes the template reads, in order of first use, so that a project can check they exist. */
    public Set<String> attributes() {
        Set<String> names = new LinkedHashSet<>();
        for (Part part : parts) {
            switch (part) {
                case Field f -> names.add(f.name());
                case Conditional c -> names.add(c.name());
                case Literal l -> { }
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** The template text this was parsed from. */
    public String template() {
        return template;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributionTemplate other && other.template.equals(template);
    }

    @Override
    public int hashCode() {
        return template.hashCode();
    }

    @Override
    public String toString() {
        return template;
    }

    static String tidy(String s) {
        String t = SPACES.matcher(s).replaceAll(" ");
        t = AFTER_OPEN.matcher(t).replaceAll("(");
        t = BEFORE_CLOSE.matcher(t).replaceAll(")");
        t = REPEATED.matcher(t).replaceAll("$1");
        t = EMPTY_PARENS.matcher(t).replaceAll("");
        t = AT_EDGES.matcher(t).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ");
    }

    static String capitalise(String s) {
        int i = 0;
        while (i < s.length() && "([{\"'„“«‹ ".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i == s.length() || !Character.isLowerCase(s.codePointAt(i))) {
            return s;
        }
        int first = s.codePointAt(i);
        return s.substring(0, i) + Character.toString(Character.toTitleCase(first))
                + s.substring(i + Character.charCount(first));
    }

    private static String valueOf(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        return value == null ? "" : value.strip();
    }

    private sealed interface Part {
        String render(Map<String, String> attributes);
    }

    private record Literal(String text) implements Part {
        @Override
        public String render(Map<String, String> attributes) {
            return text;
        }
    }

    private record Field(String name) implements Part {
        @Override
        public String render(Map<String, String> attributes) {
            return valueOf(attributes, name);
        }
    }

    private record Conditional(String name, String value, String then, String otherwise) implements Part {
        @Override
        public String render(Map<String, String> attributes) {
            String actual = valueOf(attributes, name);
            if (actual.isEmpty()) {
                return "";
            }
            return actual.equalsIgnoreCase(value) ? then : otherwise;
        }
    }

    /** Splits a template into parts; positions in messages are 1-based so a user can count to them. */
    private static final class Parser {
        private final String template;
        private final List<Part> parts = new ArrayList<>();
        private final StringBuilder literal = new StringBuilder();

        Parser(String template) {
            this.template = template;
        }

        List<Part> parts() {
            int i = 0;
            while (i < template.length()) {
                i = step(i);
            }
            flushLiteral();
            return List.copyOf(parts);
        }

        private int step(int i) {
            char c = template.charAt(i);
            if (c == '}') {
                throw error("'}' without a matching '{'", i);
            }
            if (c != '{') {
                literal.append(c);
                return i + 1;
            }
            int close = template.indexOf('}', i + 1);
            int nested = template.indexOf('{', i + 1);
            if (close < 0 || (nested >= 0 && nested < close)) {
                throw error("unclosed '{'", i);
            }
            flushLiteral();
            parts.add(field(i, template.substring(i + 1, close)));
            return close + 1;
        }

        private Part field(int at, String body) {
            int eq = body.indexOf('=');
            String name = (eq < 0 ? body : body.substring(0, eq)).strip();
            if (name.isEmpty()) {
                throw error("empty attribute name in '{" + body + "}'", at);
            }
            if (eq < 0) {
                if (name.indexOf('?') >= 0 || name.indexOf('|') >= 0) {
                    throw error("a conditional needs '=': {name=value?then|else}", at);
                }
                return new Field(name);
            }
            return conditional(at, name, body.substring(eq + 1));
        }

        private Part conditional(int at, String name, String rest) {
            int q = rest.indexOf('?');
            if (q < 0) {
                throw error("a conditional needs '?' after the value: {name=value?then|else}", at);
            }
            String value = rest.substring(0, q).strip();
            if (value.isEmpty()) {
                throw error("empty value to compare with in a conditional", at);
            }
            String[] branches = rest.substring(q + 1).split("\\|", -1);
            if (branches.length > 2) {
                throw error("a conditional has at most one '|': {name=value?then|else}", at);
            }
            String otherwise = branches.length == 2 ? branches[1] : "";
            return new Conditional(name, value, branches[0], otherwise);
        }

        private void flushLiteral() {
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
        }

        private InvalidInput error(String what, int index) {
            return new InvalidInput("attribution.unreadable",
                    "attribution template \"" + template + "\": " + what + " at position " + (index + 1),
                    "template", template, "position", index + 1);
        }
    }
}
