package dk.kodetrae.codebook;

/**
 * A code in a project's codebook.
 *
 * @param key         the stable id from the codebook file (unique within its codebook)
 * @param parentId    the parent code's id, or {@code null} for a top-level theme
 * @param rule        the auto-coding rule, or {@code null}
 * @param ruleVersion increases each time the rule changes, so auto codings can say which version made them
 */
public record Code(long id, String codebookId, String key, Long parentId, int position, String name, String label,
                   String color, String description, String include, String exclude, String example, Rule rule,
                   int ruleVersion) {
}
