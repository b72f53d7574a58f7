package dk.kodetrae.round;

import java.util.List;

/**
 * An independent coding round.
 *
 * @param codeIds        the codes it is about; empty for every code of the codebook
 * @param showAuto       whether its coders see auto codings while it is open
 * @param consensusCoder the coder name consensus decisions code under
 * @param closedAt       ISO-8601 instant, or {@code null} while it is open
 */
public record Round(long id, String name, String codebookId, List<Long> codeIds, List<Long> documentIds,
                    List<String> coders, boolean showAuto, String consensusCoder, String openedBy, String openedAt,
                    String closedBy, String closedAt) {
    public Round {
        codeIds = List.copyOf(codeIds);
        documentIds = List.copyOf(documentIds);
        coders = List.copyOf(coders);
    }

    /** Whether it is still blind. */
    public boolean open() {
        return closedAt == null;
    }
}
