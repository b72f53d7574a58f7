package dk.kodetrae.agreement;

import java.util.List;
import java.util.Map;

/**
 * The agreement of the coders per code and over all codes.
 *
 * @param unit                 what one item is
 * @param coders               the coders compared
 * @param documents            how many documents
 * @param characters           the characters of those documents (the continuum of αu)
 * @param codings              which codings counted: manual, reviewed or all
 * @param minimumUses          below this many codings of a code its figures carry {@code fewUses}
 * @param codes                one row per code, in codebook order
 * @param overall              every code pooled: each (item, code) is one item
 * @param codersWithoutCodings coders with no coding of these codes in these documents (a misspelt name, or a coder
 *                             who has not started)
 */
public record Report(Unit unit, List<String> coders, int documents, long characters, String codings, int minimumUses,
                     List<CodeRow> codes, Overall overall, List<String> codersWithoutCodings) {
    /**
     * One code.
     *
     * @param uses      codings of the code by each coder
     * @param totalUses all coders' codings of the code
     * @param fewUses   fewer than the minimum: read the figures as a warning, not a verdict
     */
    public record CodeRow(long id, String name, Map<String, Integer> uses, int totalUses, boolean fewUses,
                          Figures figures) {
    }

    /** All codes pooled. */
    public record Overall(int totalUses, boolean fewUses, Figures figures) {
    }
}
