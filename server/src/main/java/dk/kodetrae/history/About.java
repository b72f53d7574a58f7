package dk.kodetrae.history;

/**
 * What a step was about, in the names a person knows it by, so the page can say what an undo will do before it
 * does it ("Fortryd: afvisning af 'Tillid' i A-B1").
 *
 * @param code     the code acted on, or {@code null}
 * @param document the document, or {@code null} when the action spans several or none
 * @param into     for a merge, the code merged into; otherwise {@code null}
 * @param count    how many codings the action changed
 */
public record About(String code, String document, String into, int count) {
    public static About code(String code) {
        return new About(code, null, null, 0);
    }

    public static About coding(String code, String document) {
        return new About(code, document, null, 1);
    }

    public About withCount(int n) {
        return new About(code, document, into, n);
    }
}
