package dk.kodetrae.coding;

import dk.kodetrae.corpus.Span;

/**
 * A coded passage.
 *
 * @param ruleQuery   for auto codings, the rule text that made it; otherwise {@code null}
 * @param ruleVersion for auto codings, the rule's version; otherwise {@code null}
 * @param created     ISO-8601 instant
 */
public record Coding(long id, long documentId, long codeId, Span span, String coder, Origin origin,
                     String ruleQuery, Integer ruleVersion, String created) {
}
