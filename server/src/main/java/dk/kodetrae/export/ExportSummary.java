package dk.kodetrae.export;

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

    /** The line the document formats print under the title, e.g. "7 citater fra 9 kodninger; 2 overlappende …". */
    public String danish() {
        String counts = count(quotes, "citat", "citater") + " fra " + count(codings, "kodning", "kodninger");
        if (merged() == 0) {
            return counts + ".";
        }
        return counts + "; " + count(merged(), "kodning", "kodninger") + ", der overlappede en anden kodning af"
                + " samme kode i samme dokument, er slået sammen med den.";
    }

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
