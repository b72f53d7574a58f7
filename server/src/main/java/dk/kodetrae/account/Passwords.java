package dk.kodetrae.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle) in the PHC string format {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash},
 * so that a hash made with other parameters still verifies after they change. The parameters are OWASP's
 * minimum for Argon2id (19 MiB of memory, 2 passes, 1 lane); SECURITY.md states them.
 */
final class Passwords {
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_IN = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    /** Verified against when the name is unknown, so that a wrong name costs as long as a wrong password. */
    private final String decoy;

    Passwords() {
        decoy = hash("decoy password of no account".toCharArray());
    }

    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code stored}; the comparison takes the same time wherever they differ. */
    boolean matches(char[] password, String stored) {
        Matcher m = PHC.matcher(stored);
        if (!m.matches()) {
            throw new IllegalStateException("a stored password hash is not Argon2id in the PHC format");
        }
        byte[] expected = B64_IN.decode(m.group(5));
        byte[] actual = derive(password, B64_IN.decode(m.group(4)), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of one verification on nothing: for a login whose name has no account. */
    void matchNothing(char[] password) {
        matches(password, decoy);
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        // The parameters' default converter turns the characters into UTF-8.
        generator.generateBytes(password, out);
        return out;
    }
}
