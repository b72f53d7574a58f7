package dk.kodetrae.history;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of a coder's history, as the API describes the next undo or redo.
 *
 * @param text the step in English words, e.g. {@code reject 'Tillid' in A-B1}
 */
public record Step(long seq, String actor, String action, About about, String text) {
    static Step of(long seq, String actor, Action action, About about) {
        return new Step(seq, actor, action.id(), about, describe(action, about));
    }

    private static String describe(Action action, About a) {
        List<String> words = new ArrayList<>();
        words.add(action.id().replace('-', ' '));
        if (a.count() > 1) {
            words.add(a.count() + " codings of");
        }
        if (a.code() != null) {
            words.add("'" + a.code() + "'");
        }
        if (a.into() != null) {
            words.add("into '" + a.into() + "'");
        }
        if (a.document() != null) {
            words.add("in " + a.document());
        }
        return String.join(" ", words);
    }
}
