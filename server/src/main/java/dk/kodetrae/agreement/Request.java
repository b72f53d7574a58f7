package dk.kodetrae.agreement;

import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.round.Round;
import java.util.List;

/**
 * What to compare.
 *
 * @param documents   document ids; empty for every document of the project
 * @param coders      two or more coder names, as recorded on the codings
 * @param codes       code ids; empty for every code of {@code codebook}
 * @param codebook    the codebook whose codes are compared when {@code codes} is empty
 * @param unit        characters (the default), sentences or turns
 * @param codings     which codings count; by default only those people made (manual and imported), as codings a
 *                    rule made agree with themselves
 * @param minimumUses a code with fewer codings (all coders together) gets its figures with a warning
 */
public record Request(List<Long> documents, List<String> coders, List<Long> codes, String codebook, Unit unit,
                      CodingFilter codings, int minimumUses) {
    /** Below this many codings a κ or α swings with every single coding. */
    public static final int DEFAULT_MINIMUM_USES = 10;

    /**
     * The request for a coding round: its documents, codes (or codebook) and coders; {@code coders} chooses some of
     * them (e.g. a pair) when not empty.
     */
    public static Request of(Round round, List<String> coders, Unit unit, CodingFilter codings, int minimumUses) {
        return new Request(round.documentIds(), coders.isEmpty() ? round.coders() : coders, round.codeIds(),
                round.codebookId(), unit, codings, minimumUses);
    }

    public Request {
        documents = List.copyOf(documents);
        coders = Coders.check(coders);
        codes = codes.stream().distinct().toList();
        unit = unit == null ? Unit.CHARACTERS : unit;
        codings = codings == null ? CodingFilter.MANUAL : codings;
        if (codes.isEmpty() && (codebook == null || codebook.isBlank())) {
            throw AgreementException.invalid("agreement.codesRequired",
                    "name the codes to compare (codes) or their codebook (codebook)");
        }
        if (minimumUses < 0) {
            throw AgreementException.invalid("agreement.minimumUses", "minimum uses must be 0 or more, got "
                    + minimumUses, "got", minimumUses);
        }
    }
}
