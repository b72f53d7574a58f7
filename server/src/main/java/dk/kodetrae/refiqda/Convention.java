package dk.kodetrae.refiqda;

/**
 * How a tool counted the positions of its text selections in a source's plain text. The standard counts Unicode
 * code points; NVivo for Windows counts UTF-16 code units, {@code \r\n} as two; ATLAS.ti counts a line ending as
 * one whether the text has {@code \r\n} or {@code \n}. Listed in the order a tie is settled.
 */
public enum Convention {
    CODE_POINTS("code points (the standard)", true, false),
    UTF16_UNITS("UTF-16 code units, \\r\\n as two (NVivo for Windows)", false, false),
    CODE_POINTS_LINE_ENDING_AS_ONE("code points, a line ending as one (ATLAS.ti)", true, true),
    UTF16_UNITS_LINE_ENDING_AS_ONE("UTF-16 code units, a line ending as one", false, true);

    private final String description;
    private final boolean codePoints;
    private final boolean lineEndingAsOne;

    Convention(String description, boolean codePoints, boolean lineEndingAsOne) {
        this.description = description;
        this.codePoints = codePoints;
        this.lineEndingAsOne = lineEndingAsOne;
    }

    public String description() {
        return description;
    }

    /**
     * The UTF-16 index into {@code raw} of every position this convention can name, in order: element {@code p}
     * is where position {@code p} falls. A position inside a {@code \r\n} pair or a surrogate pair is {@code -1}.
     */
    int[] rawIndices(String raw) {
        int[] out = new int[raw.length() + 1];
        int n = 0;
        int i = 0;
        while (i < raw.length()) {
            out[n++] = i;
            char ch = raw.charAt(i);
            boolean pair = Character.isHighSurrogate(ch) && i + 1 < raw.length()
                    && Character.isLowSurrogate(raw.charAt(i + 1));
            boolean crlf = ch == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
            if (pair && !codePoints || crlf && !lineEndingAsOne) {
                out[n++] = -1;
            }
            i += pair || crlf ? 2 : 1;
        }
        out[n++] = raw.length();
        return java.util.Arrays.copyOf(out, n);
    }
}
