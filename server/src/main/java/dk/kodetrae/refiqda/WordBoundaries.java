package dk.kodetrae.refiqda;

/** Whether an offset lies between words: at either end of the text, or with a non-word character on one side. */
final class WordBoundaries {
    private WordBoundaries() {
    }

    static boolean isBoundary(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        return !isWordChar(text.codePointBefore(offset)) || !isWordChar(text.codePointAt(offset));
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }
}
