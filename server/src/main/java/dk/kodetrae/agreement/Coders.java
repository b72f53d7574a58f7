package dk.kodetrae.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks the coders of a request: names as recorded on codings, two to {@link Tally#MAX_CODERS}, each once. */
final class Coders {
    private Coders() {
    }

    static List<String> check(List<String> coders) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : coders == null ? List.<String>of() : coders) {
            String name = c == null ? "" : c.strip();
            if (name.isEmpty()) {
                throw AgreementException.invalid("agreement.coderBlank", "a coder name is blank");
            }
            if (!out.add(name)) {
                throw AgreementException.invalid("agreement.coderTwice", "coder '" + name + "' is named twice",
                        "coder", name);
            }
        }
        if (out.size() < 2 || out.size() > Tally.MAX_CODERS) {
            throw AgreementException.invalid("agreement.coderCount", "agreement needs 2 to " + Tally.MAX_CODERS
                    + " coders, got " + out.size(), "got", out.size(), "max", Tally.MAX_CODERS);
        }
        return List.copyOf(new ArrayList<>(out));
    }
}
