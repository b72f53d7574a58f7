package dk.kodetrae.search;

/**
 * Cuts keyword-in-context lines out of document text. Context stays inside the speaker's turn, so a line never
 * shows another speaker's words or the transcript's tags and timestamps.
 */
final class Kwic {
    static final int CONTEXT = 70;

    private Kwic() {
    }

    /** Up to {@link #CONTEXT} characters of the turn before {@code start}, cut at a word boundary. */
    static String left(String text, int turnStart, int start) {
        int from = Math.max(turnStart, start - CONTEXT);
        if (from > turnStart) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
            from = avoidSplitSurrogate(text, from);
        }
        return flatten(text.substring(from, start));
    }

    /** Up to {@link #CONTEXT} characters of the turn after {@code end}, cut at a word boundary. */
    static String right(String text, int end, int turnEnd) {
        int to = Math.min(turnEnd, end + CONTEXT);
        if (to < turnEnd) {
            int space = text.lastIndexOf(' ', to);
            to = space > end ? space : to;
            to = avoidSplitSurrogate(text, to);
        }
        return flatten(text.substring(end, to));
    }

    private static int avoidSplitSurrogate(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
    }

    private static String flatten(String s) {
        return s.replace('\n', ' ');
    }
}
