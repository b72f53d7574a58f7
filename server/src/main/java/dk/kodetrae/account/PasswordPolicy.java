package dk.kodetrae.account;

import dk.kodetrae.message.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: at least {@link #MIN_LENGTH} characters (NIST SP 800-63B asks for at least 8, and
 * longer for passwords alone), at most {@link #MAX_LENGTH} (each login hashes it), not the account name, and not
 * on our list of common passwords ({@code common-passwords.txt}).
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses {@code password} for the account {@code name}, saying why. */
    static void check(String name, char[] password) {
        int length = String.valueOf(password).codePointCount(0, password.length);
        if (length < MIN_LENGTH) {
            throw refused("password.short", "a password must have at least " + MIN_LENGTH + " characters, this has "
                    + length, "min", MIN_LENGTH, "length", length);
        }
        if (length > MAX_LENGTH) {
            throw refused("password.long", "a password must have at most " + MAX_LENGTH + " characters, this has "
                    + length, "max", MAX_LENGTH, "length", length);
        }
        String lower = String.valueOf(password).toLowerCase(Locale.ROOT);
        if (lower.contains(name.toLowerCase(Locale.ROOT))) {
            throw refused("password.containsName", "a password must not contain the account name", "name", name);
        }
        if (COMMON.contains(lower)) {
            throw refused("password.common", "this password is on the list of common passwords an attacker tries"
                    + " first; choose another");
        }
    }

    private static AccountException refused(String code, String text, Object... params) {
        return new AccountException(AccountException.Kind.INVALID, Message.of(code, text, params));
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
