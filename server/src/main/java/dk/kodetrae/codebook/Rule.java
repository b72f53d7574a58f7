package dk.kodetrae.codebook;

import dk.kodetrae.message.InvalidInput;
import dk.kodetrae.search.Unit;

/**
 * An auto-coding rule: a query in the search language, the unit it codes, and whose speech it reads.
 *
 * @param speaker {@code respondent} (the default), {@code interviewer} or {@code any}
 */
public record Rule(String query, String unit, String speaker) {
    public Rule {
        if (query == null || query.isBlank()) {
            throw new InvalidInput("rule.noQuery", "a rule needs a query");
        }
        unit = unit == null ? "sentence" : unit;
        speaker = speaker == null ? "respondent" : speaker;
        Unit.of(unit);
        if (!speaker.equals("respondent") && !speaker.equals("interviewer") && !speaker.equals("any")) {
            throw new InvalidInput("rule.speaker", "rule speaker must be respondent, interviewer or any, got '" + speaker
                    + "'", "got", speaker);
        }
    }
}
