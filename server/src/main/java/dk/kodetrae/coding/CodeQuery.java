package dk.kodetrae.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code queries over units: {@code code:KEY} (a code), {@code code:KEY*} (with its sub-codes), {@code A AND B} (both in
 * the same unit), {@code A OR B}, {@code A NOT B}, {@code A NEAR/3 B} (units of A within 3 units of one of B),
 * {@code code:A OVERLAPS code:B} (units where codings of A and B overlap), and parentheses. Combined with a text query
 * and attribute filters by {@link Retrieval}; the same syntax in the page, the API and the CLI.
 */
public sealed interface CodeQuery {
    /** A code, with or without its sub-codes. */
    record Atom(String key, boolean withSubcodes) implements CodeQuery {
    }

    /** A binary operation; {@code distance} is used by NEAR only. */
    record Op(Operator operator, CodeQuery left, CodeQuery right, int distance) implements CodeQuery {
    }

    enum Operator { AND, OR, NOT, NEAR, OVERLAPS }

    static CodeQuery parse(String text) {
        return new Parser(text).parse();
    }

    /** A recursive-descent parser with operator precedence OR < AND/NOT < NEAR/OVERLAPS. */
    final class Parser {
        private static final Pattern TOKEN = Pattern.compile(
                "\\s*(\\(|\\)|NEAR/\\d+|OVERLAPS|AND|OR|NOT|code:[a-z0-9][a-z0-9-]*\\*?)", Pattern.CASE_INSENSITIVE);
        private final String text;
        private final List<String> tokens = new ArrayList<>();
        private int next;

        Parser(String text) {
            this.text = text;
            Matcher m = TOKEN.matcher(text);
            int at = 0;
            while (at < text.length() && !text.substring(at).isBlank()) {
                if (!m.find(at) || m.start() != at) {
                    throw error("unexpected '" + text.substring(at).strip().split("\\s+")[0] + "'");
                }
                tokens.add(m.group(1));
                at = m.end();
            }
        }

        CodeQuery parse() {
            if (tokens.isEmpty()) {
                throw error("empty code query");
            }
            CodeQuery q = or();
            if (next < tokens.size()) {
                throw error("unexpected '" + tokens.get(next) + "'");
            }
            return q;
        }

        private CodeQuery or() {
            CodeQuery left = and();
            while (peekIs("OR")) {
                next++;
                left = new Op(Operator.OR, left, and(), 0);
            }
            return left;
        }

        private CodeQuery and() {
            CodeQuery left = near();
            while (peekIs("AND") || peekIs("NOT")) {
                Operator op = Operator.valueOf(tokens.get(next++).toUpperCase(Locale.ROOT));
                left = new Op(op, left, near(), 0);
            }
            return left;
        }

        private CodeQuery near() {
            CodeQuery left = atom();
            if (next < tokens.size() && tokens.get(next).toUpperCase(Locale.ROOT).startsWith("NEAR/")) {
                int distance = Integer.parseInt(tokens.get(next++).substring(5));
                return new Op(Operator.NEAR, left, atom(), distance);
            }
            if (peekIs("OVERLAPS")) {
                next++;
                CodeQuery right = atom();
                if (!(left instanceof Atom) || !(right instanceof Atom)) {
                    throw error("OVERLAPS joins two codes, e.g. code:a OVERLAPS code:b");
                }
                return new Op(Operator.OVERLAPS, left, right, 0);
            }
            return left;
        }

        private CodeQuery atom() {
            if (next >= tokens.size()) {
                throw error("a code (code:KEY) is missing at the end");
            }
            String t = tokens.get(next++);
            if (t.equals("(")) {
                CodeQuery inner = or();
                if (!peekIs(")")) {
                    throw error("a ')' is missing");
                }
                next++;
                return inner;
            }
            if (!t.regionMatches(true, 0, "code:", 0, 5)) {
                throw error("expected a code (code:KEY), got '" + t + "'");
            }
            boolean sub = t.endsWith("*");
            return new Atom(t.substring(5, sub ? t.length() - 1 : t.length()).toLowerCase(Locale.ROOT), sub);
        }

        private boolean peekIs(String token) {
            return next < tokens.size() && tokens.get(next).equalsIgnoreCase(token);
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("cannot read the code query '" + text + "': " + what
                    + " (code:KEY, code:KEY* with sub-codes, AND, OR, NOT, NEAR/n, OVERLAPS, parentheses)");
        }
    }
}
