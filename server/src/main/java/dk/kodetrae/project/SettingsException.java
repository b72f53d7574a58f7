package dk.kodetrae.project;

import dk.kodetrae.message.Explained;
import dk.kodetrae.message.Message;
import java.io.Serial;
import java.util.List;

/** Project settings refused: each problem names the setting it is about. Nothing was changed. */
public final class SettingsException extends IllegalArgumentException implements Explained {
    @Serial
    private static final long serialVersionUID = 1L;
    private final transient List<Message> problems;

    SettingsException(List<Message> problems) {
        super("project settings refused, nothing was changed: "
                + String.join("; ", problems.stream().map(Message::text).toList()));
        this.problems = List.copyOf(problems);
    }

    /** One message per wrong setting, each with the parameter {@code setting} naming it. */
    public List<Message> problems() {
        return problems;
    }

    @Override
    public Message explanation() {
        return Message.of("settings.refused", getMessage(), "problems", problems.size());
    }
}
