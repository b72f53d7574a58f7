package dk.kodetrae.corpus;

import dk.kodetrae.message.InvalidInput;
import java.util.Locale;

/** Who speaks in a turn. {@code OTHER} is text before the first speaker tag or in an untagged document. */
public enum SpeakerRole {
    INTERVIEWER, RESPONDENT, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SpeakerRole of(String id) {
        for (SpeakerRole r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new InvalidInput("speakerRole.unknown",
                "unknown speaker role '" + id + "' (use interviewer, respondent or other)", "got", id);
    }
}
