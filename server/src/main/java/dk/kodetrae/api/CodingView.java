package dk.kodetrae.api;

import dk.kodetrae.coding.Coding;
import dk.kodetrae.coding.Origin;
import dk.kodetrae.corpus.Span;
import java.util.List;

/**
 * A coding as the API shows it: where it came from and what a reviewer decided, as flat fields.
 *
 * @param origin      {@code manual}, {@code auto} or {@code imported}
 * @param rule        auto codings: the rule text as applied; otherwise null
 * @param ruleVersion auto codings: the rule's version then; otherwise null
 * @param source      imported codings: the tool they came from, e.g. "NVivo"; otherwise null
 * @param reviewState {@code none} (manual and imported), {@code unreviewed}, {@code accepted} or {@code rejected}
 * @param reviewer    who accepted or rejected it; otherwise null
 * @param reviewedAt  when, ISO-8601; otherwise null
 * @param editedIn    the version of its document whose edit changed its text, so that it is to be reviewed;
 *                    null when no edit touched it (or a coder has adjusted or confirmed it since)
 */
record CodingView(long id, long documentId, long codeId, Span span, String coder, String origin, String rule,
                  Integer ruleVersion, String source, String reviewState, String reviewer, String reviewedAt,
                  String created, Integer editedIn) {
    static CodingView of(Coding k) {
        return of(k, null);
    }

    static CodingView of(Coding k, Integer editedIn) {
        Origin.Auto auto = k.origin() instanceof Origin.Auto a ? a : null;
        return new CodingView(k.id(), k.documentId(), k.codeId(), k.span(), k.coder(), k.origin().id(),
                auto == null ? null : auto.rule(), auto == null ? null : auto.version(),
                k.origin() instanceof Origin.Imported i ? i.tool() : null, k.review().state(), k.review().reviewer(),
                k.review().reviewedAt(), k.created(), editedIn);
    }

    static List<CodingView> of(List<Coding> codings) {
        return codings.stream().map(CodingView::of).toList();
    }

    /** Codings of one document, with the flags its edits left (coding id to version). */
    static List<CodingView> of(List<Coding> codings, java.util.Map<Long, Integer> flagged) {
        return codings.stream().map(k -> of(k, flagged.get(k.id()))).toList();
    }
}
