package dk.kodetrae.export;

/**
 * Where a coded passage came from and what a reviewer decided, as the spreadsheet formats name them.
 *
 * @param origin     "manual", "auto" or "imported"
 * @param rule       for an auto coding, the rule text as applied; otherwise ""
 * @param review     "none" (manual and imported codings), "unreviewed", "accepted" or "rejected"
 * @param reviewer   who accepted or rejected it; "" when nobody has
 * @param reviewedAt when (ISO-8601 instant); "" when nobody has
 */
public record Provenance(String origin, String rule, String review, String reviewer, String reviewedAt) {
    /** A passage coded by hand. */
    public static final Provenance MANUAL = new Provenance("manual", "", "none", "", "");

    public Provenance {
        if (origin == null || rule == null || review == null || reviewer == null || reviewedAt == null) {
            throw new IllegalArgumentException("provenance fields must not be null (use \"\" for none)");
        }
    }

    /** Coded by a rule that nobody has reviewed yet: the document formats mark such quotes. */
    public boolean unreviewed() {
        return review.equals("unreviewed");
    }
}
