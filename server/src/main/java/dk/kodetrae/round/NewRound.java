package dk.kodetrae.round;

import java.util.List;

/**
 * What a researcher asks for when opening a round.
 *
 * @param codeIds        the codes of the codebook the round is about; empty or null for all of them
 * @param consensusCoder the coder name for consensus codings; null or blank for {@value Rounds#CONSENSUS}
 */
public record NewRound(String name, String codebookId, List<Long> codeIds, List<Long> documentIds,
                       List<String> coders, boolean showAuto, String consensusCoder) {
    public NewRound {
        codeIds = codeIds == null ? List.of() : List.copyOf(codeIds);
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        coders = coders == null ? List.of() : coders.stream().map(c -> c == null ? "" : c.strip()).distinct().toList();
    }
}
