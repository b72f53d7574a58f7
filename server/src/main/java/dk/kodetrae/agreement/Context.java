package dk.kodetrae.agreement;

/** Where the text around a passage starts and ends: a number of UTF-16 units, never half of a surrogate pair. */
final class Context {
    private Context() {
    }

    static int before(String text, int from, int units) {
        int at = Math.max(0, from - units);
        return at > 0 && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
    }

    static int after(String text, int to, int units) {
        int at = Math.min(text.length(), to + units);
        return at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
