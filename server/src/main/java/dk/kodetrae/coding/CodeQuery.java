package dk.kodetrae.coding;

import dk.kodetrae.message.InvalidInput;
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

    /**
     * A recursive-descent parser with operator precedence OR < AND/NOT < NEAR/OVERLAPS. Errors name the 1-based
     * character where the problem is, as the text query's errors do.
     */
    final class Parser {
        private static final Pattern TOKEN = Pattern.compile(
                "\\s*(\\(|\\)|NEAR/\\d+|OVERLAPS|AND|OR|NOT|code:[a-z0-9][a-z0-9-]*\\*?)", Pattern.CASE_INSENSITIVE);
        private static final String SYNTAX = "code:KEY, code:KEY* with sub-codes, AND, OR, NOT, NEAR/n, OVERLAPS, "
                + "parentheses";
        private final String text;
        private final List<String> tokens = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();
        private int next;

        Parser(String text) {
            this.text = text;
            Matcher m = TOKEN.matcher(text);
            int at = 0;
            while (at < text.length() && !text.substring(at).isBlank()) {
                if (!m.find(at) || m.start() != at) {
                    int word = text.length() - text.substring(at).stripLeading().length();
                    throw unexpected(word + 1, text.substring(word).split("\\s+")[0]);
                }
                tokens.add(m.group(1));
                starts.add(m.start(1));
                at = m.end();
            }
        }

        CodeQuery parse() {
            if (tokens.isEmpty()) {
                throw new InvalidInput("codeQuery.empty", "the code query is empty; write e.g. code:motivation ("
                        + SYNTAX + ")");
            }
            CodeQuery q = or();
            if (next < tokens.size()) {
                throw unexpected(starts.get(next) + 1, tokens.get(next));
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
                int operator = starts.get(next++);
                CodeQuery right = atom();
                if (!(left instanceof Atom) || !(right instanceof Atom)) {
                    throw error("codeQuery.overlapsJoinsCodes", operator,
                            "OVERLAPS joins two codes, e.g. code:a OVERLAPS code:b");
                }
                return new Op(Operator.OVERLAPS, left, right, 0);
            }
            return left;
        }

        private CodeQuery atom() {
            if (next >= tokens.size()) {
                throw error("codeQuery.codeMissing", text.stripTrailing().length() + 1,
                        "a code (code:KEY) is missing at the end");
            }
            int at = starts.get(next);
            String t = tokens.get(next++);
            if (t.equals("(")) {
                CodeQuery inner = or();
                if (!peekIs(")")) {
                    throw error("codeQuery.unclosedParenthesis", at + 1, "the parenthesis is never closed");
                }
                next++;
                return inner;
            }
            if (!t.regionMatches(true, 0, "code:", 0, 5)) {
                throw error("codeQuery.expectedCode", at + 1, "expected a code (code:KEY), got '" + t + "'", "got", t);
            }
            boolean sub = t.endsWith("*");
            return new Atom(t.substring(5, sub ? t.length() - 1 : t.length()).toLowerCase(Locale.ROOT), sub);
        }

        private boolean peekIs(String token) {
            return next < tokens.size() && tokens.get(next).equalsIgnoreCase(token);
        }

        private InvalidInput unexpected(int position, String near) {
            return error("codeQuery.unexpected", position, "cannot read '" + near + "'", "near", near);
        }

        /** A coded error at a 1-based character, with more parameters as name, value, …. */
        private InvalidInput error(String code, int position, String what, Object... more) {
            Object[] params = new Object[more.length + 2];
            params[0] = "position";
            params[1] = position;
            System.arraycopy(more, 0, params, 2, more.length);
            return new InvalidInput(code, "cannot read the code query '" + text + "' at character " + position + ": "
                    + what + " (" + SYNTAX + ")", params);
        }
    }
}
