package dk.kodetrae.transcript;

import dk.kodetrae.corpus.SpeakerRole;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which line openings are speaker tags. A tag is an optional timestamp ({@code [00:12:31]}), then either a
 * configured tag word ({@code I:}, {@code Interviewer:}, {@code R:}…) or any bracketed name ({@code [Lise]:}),
 * then a colon. Tag words are matched without regard to case.
 */
public record SpeakerTags(Set<String> interviewer, Set<String> respondent) {
    private static final Pattern LINE = Pattern.compile(
            "^[ \\t]*(?:\\[(?<ts>\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?)\\][ \\t]*)?"
                    + "(?:\\[(?<bracket>[^\\]\\n:]{1,40})\\]|(?<word>[\\p{L}][\\p{L}\\p{N}._-]{0,24}))[ \\t]*:[ \\t]*");

    public SpeakerTags {
        interviewer = lower(interviewer);
        respondent = lower(respondent);
    }

    public static SpeakerTags defaults() {
        return new SpeakerTags(Set.of("I", "Interviewer", "Int", "Q", "Moderator"),
                Set.of("R", "B", "IP", "M", "Respondent", "Informant", "Interviewperson", "Borger", "Mentor"));
    }

    /** A speaker tag at the start of {@code line}, if there is one. */
    Optional<Tag> match(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String timestamp = m.group("ts");
        String bracket = m.group("bracket");
        if (bracket != null) {
            String name = bracket.strip();
            return Optional.of(new Tag(name, roleOfName(name), timestamp, m.end()));
        }
        String word = m.group("word");
        String key = word.toLowerCase(Locale.ROOT);
        if (interviewer.contains(key)) {
            return Optional.of(new Tag(word, SpeakerRole.INTERVIEWER, timestamp, m.end()));
        }
        if (respondent.contains(key)) {
            return Optional.of(new Tag(word, SpeakerRole.RESPONDENT, timestamp, m.end()));
        }
        return Optional.empty();
    }

    private SpeakerRole roleOfName(String name) {
        return interviewer.contains(name.toLowerCase(Locale.ROOT)) ? SpeakerRole.INTERVIEWER : SpeakerRole.RESPONDENT;
    }

    private static Set<String> lower(Set<String> tags) {
        return tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** @param contentStart where the spoken text begins, relative to the line start */
    record Tag(String speaker, SpeakerRole role, String timestamp, int contentStart) {
    }
}
