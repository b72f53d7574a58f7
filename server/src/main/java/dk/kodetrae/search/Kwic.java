package dk.kodetrae.search;

/** Cuts keyword-in-context lines out of document text. */
final class Kwic {
    static final int CONTEXT = 70;

    private Kwic() {
    }

    /** Up to {@link #CONTEXT} characters before {@code start}, cut at a word boundary, line breaks as spaces. */
    static String left(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
            from = avoidSplitSurrogate(text, from);
        }
        return flatten(text.substring(from, start));
    }

    static String right(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length()) {
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
