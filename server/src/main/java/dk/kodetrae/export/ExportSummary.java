package dk.kodetrae.export;

import dk.kodetrae.coding.CodingFilter;

/**
 * What an export holds: how many quotes, and from how many codings. The difference is the number of codings that
 * overlapped another coding of the same code in the same document and were merged into its quote.
 */
public record ExportSummary(int quotes, int codings) {
    public ExportSummary {
        if (quotes < 0 || codings < quotes) {
            throw new IllegalArgumentException("an export has 0 or more quotes and at least as many codings, got "
                    + quotes + " quotes from " + codings + " codings");
        }
    }

    /** Codings that went into another coding's quote. */
    public int merged() {
        return codings - quotes;
    }

    /**
     * What counted and how much, in Danish, e.g. "Manuelle kodninger og accepterede automatiske kodninger. 7 citater
     * fra 9 kodninger; …": the line the document formats print under the title.
     */
    public String danish(CodingFilter codings) {
        return scope(codings) + " " + counts();
    }

    /** The counts alone, e.g. "7 citater fra 9 kodninger; 2 kodninger, der overlappede …". */
    public String counts() {
        String counts = count(quotes, "citat", "citater") + " fra " + count(codings, "kodning", "kodninger");
        if (merged() == 0) {
            return counts + ".";
        }
        return counts + "; " + count(merged(), "kodning", "kodninger") + ", der overlappede en anden kodning af"
                + " samme kode i samme dokument, er slået sammen med den.";
    }

    private static String scope(CodingFilter codings) {
        return switch (codings) {
            case MANUAL -> "Kun manuelle kodninger.";
            case REVIEWED -> "Manuelle kodninger og accepterede automatiske kodninger.";
            case ALL -> "Alle kodninger, også automatiske, som ingen har gennemset; de er mærket „" + UNREVIEWED_MARK
                    + "“.";
        };
    }

    /** The mark after a quote that a rule coded and nobody has reviewed. */
    public static final String UNREVIEWED_MARK = "automatisk kodet, ikke gennemset";

    /** For the command line. */
    public String english() {
        return quotes + (quotes == 1 ? " quote" : " quotes") + " from " + codings
                + (codings == 1 ? " coding" : " codings") + " (" + merged() + " merged with an overlapping coding of"
                + " the same code in the same document)";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
