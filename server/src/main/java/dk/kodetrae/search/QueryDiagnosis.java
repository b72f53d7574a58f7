package dk.kodetrae.search;

import dk.kodetrae.message.Message;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;

/**
 * Says in plain words where a query goes wrong, for a person who has never seen Lucene's grammar. It runs only
 * after the parser refused the query, so it can never refuse a query the parser reads; it looks for the usual
 * slips first (a quotation mark or parenthesis left open, an operator with nothing beside it, a wildcard at the
 * start of a word) and otherwise reports the parser's position. Positions are 1-based characters of the query.
 */
final class QueryDiagnosis {
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");
    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");
    private static final String HELP =
            " (words, =exact words, \"phrases\", \"words near\"~5, prefix*, AND, OR, NOT, parentheses)";

    private QueryDiagnosis() {
    }

    static Message explain(String query, Throwable failure) {
        return unclosedQuote(query)
                .or(() -> parentheses(query))
                .or(() -> operators(query))
                .or(() -> leadingWildcard(query))
                .orElseGet(() -> parserPosition(query, failure));
    }

    private static Message message(String code, String query, int index, String what, Object... more) {
        Object[] params = new Object[4 + more.length];
        params[0] = "query";
        params[1] = query;
        params[2] = "position";
        params[3] = index + 1;
        System.arraycopy(more, 0, params, 4, more.length);
        return Message.of(code, "cannot read the query '" + query + "': " + what + " at position " + (index + 1)
                + HELP, params);
    }

    private static Optional<Message> unclosedQuote(String query) {
        int open = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open < 0 ? Optional.empty() : Optional.of(message("query.unclosedQuote", query, open,
                "the quotation mark is never closed"));
    }

    private static Optional<Message> parentheses(String query) {
        Deque<Integer> open = new ArrayDeque<>();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                open.push(i);
            } else if (!quoted && c == ')') {
                if (open.isEmpty()) {
                    return Optional.of(message("query.unopenedParenthesis", query, i,
                            "a closing parenthesis has no opening one"));
                }
                if (open.pop() == i - 1) {
                    return Optional.of(message("query.emptyParentheses", query, i - 1, "the parentheses are empty"));
                }
            }
        }
        return open.isEmpty() ? Optional.empty() : Optional.of(message("query.unclosedParenthesis", query,
                open.getLast(), "the parenthesis is never closed"));
    }

    /** AND, OR or NOT at the start or end, or two operators in a row (outside quotes). */
    private static Optional<Message> operators(String query) {
        Matcher words = Pattern.compile("\"[^\"]*\"?|[^\\s()\"]+").matcher(query);
        String previous = null;
        int index = -1;
        while (words.find()) {
            String word = words.group();
            boolean operator = OPERATORS.contains(word);
            boolean leadingBinary = previous == null && operator && !"NOT".equals(word);
            boolean doubled = previous != null && OPERATORS.contains(previous) && operator && !"NOT".equals(word);
            if (leadingBinary || doubled) {
                return Optional.of(operatorMessage(query, words.start(), word));
            }
            previous = word;
            index = words.start();
        }
        if (previous != null && OPERATORS.contains(previous)) {
            return Optional.of(operatorMessage(query, index, previous));
        }
        return Optional.empty();
    }

    private static Message operatorMessage(String query, int index, String operator) {
        return message("query.operatorAlone", query, index, operator + " needs a word on each side",
                "operator", operator.toUpperCase(Locale.ROOT));
    }

    private static Optional<Message> leadingWildcard(String query) {
        Matcher m = Pattern.compile("(?<![^\\s(])[*?]").matcher(query);
        return m.find() ? Optional.of(message("query.leadingWildcard", query, m.start(),
                "a word cannot start with * or ?")) : Optional.empty();
    }

    private static Message parserPosition(String query, Throwable failure) {
        int index = Math.max(0, Math.min(query.length() - 1, column(failure)));
        return message("query.syntax", query, index, "the query cannot be read from here",
                "near", query.isEmpty() ? "" : query.substring(index, Math.min(query.length(), index + 12)));
    }

    /** The 0-based column the parser stopped at, from its token or its "Lexical error … column N" message. */
    private static int column(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ParseException p && p.currentToken != null) {
                Token next = p.currentToken.next;
                return next == null ? p.currentToken.endColumn : next.beginColumn;
            }
            Matcher m = LEXICAL_COLUMN.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Integer.parseInt(m.group(1)) - 1;
            }
        }
        return 0;
    }
}
