package dk.kodetrae.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts, passwords, back-off and sessions on a real team.db. */
class AccountsTest {
    private static final char[] GOOD = "blå-hest-spiser-æbler".toCharArray();
    private static final String HOME = "127.0.0.1";

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock();
    TeamStore team;

    @BeforeEach
    void open() {
        team = TeamStore.open(dir, clock, new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(8)));
    }

    @AfterEach
    void close() {
        team.close();
    }

    @Test
    void add_storesAnArgon2idHashWithOwaspMinimumParameters_neverThePassword() {
        team.accounts().add("mette", Role.RESEARCHER, GOOD.clone());
        String stored = team.store().read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT password FROM users WHERE name = 'mette'");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        });
        assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
        assertFalse(stored.contains(String.valueOf(GOOD)));
        assertEquals("mette", team.accounts().authenticate("mette", GOOD.clone(), HOME).name());
    }

    @Test
    void twoAccountsWithTheSamePassword_getDifferentHashes() {
        Passwords passwords = new Passwords();
        String a = passwords.hash(GOOD.clone());
        String b = passwords.hash(GOOD.clone());
        assertFalse(a.equals(b), "a fresh salt each time");
        assertTrue(passwords.matches(GOOD.clone(), a));
        assertFalse(passwords.matches("blå-hest-spiser-æblerX".toCharArray(), a));
    }

    @Test
    void policy_refusesShortCommonAndNameContainingPasswords_andChangesNothing() {
        assertEquals("password.short", refusal(() -> team.accounts().add("ane", Role.ADMIN, "kort".toCharArray())));
        assertEquals("password.common", refusal(() -> team.accounts().add("ane", Role.ADMIN,
                "Password1234".toCharArray())));
        assertEquals("password.common", refusal(() -> team.accounts().add("ane", Role.ADMIN,
                "Velkommen2026".toCharArray())));
        assertEquals("password.containsName", refusal(() -> team.accounts().add("mikkelsen", Role.ADMIN,
                "hej-mikkelsen-hej".toCharArray())));
        assertEquals(List.of(), team.accounts().list());
    }

    @Test
    void names_areUniqueWithoutRegardToCase_andKeptAsTyped() {
        team.accounts().add("<img src=x onerror=alert(1)>", Role.EVALUATOR, GOOD.clone());
        team.accounts().add("Søren", Role.ADMIN, GOOD.clone());
        assertEquals("account.exists", refusal(() -> team.accounts().add("søren", Role.ADMIN, GOOD.clone())));
        assertEquals(List.of("<img src=x onerror=alert(1)>", "Søren"),
                team.accounts().list().stream().map(User::name).toList());
        assertEquals("account.name", refusal(() -> team.accounts().add("to\nlinjer", Role.ADMIN, GOOD.clone())));
    }

    @Test
    void wrongNameAndWrongPassword_areRefusedAlike() {
        team.accounts().add("mette", Role.RESEARCHER, GOOD.clone());
        AccountException wrongPassword = assertThrows(AccountException.class,
                () -> team.accounts().authenticate("mette", "forkert-kodeord-her".toCharArray(), HOME));
        AccountException wrongName = assertThrows(AccountException.class,
                () -> team.accounts().authenticate("mete", GOOD.clone(), HOME));
        assertEquals(wrongPassword.explanation(), wrongName.explanation());
        assertEquals(AccountException.Kind.REFUSED, wrongName.kind());
    }

    @Test
    void repeatedFailures_backOffEvenTheRightPassword_untilTheWaitIsOver() {
        team.accounts().add("mette", Role.RESEARCHER, GOOD.clone());
        for (int i = 0; i < Backoff.FREE_PER_ACCOUNT; i++) {
            assertEquals(AccountException.Kind.REFUSED, assertThrows(AccountException.class,
                    () -> team.accounts().authenticate("mette", "forkert-kodeord-her".toCharArray(), HOME)).kind());
        }
        AccountException sixth = assertThrows(AccountException.class,
                () -> team.accounts().authenticate("mette", "forkert-kodeord-her".toCharArray(), HOME));
        assertEquals(AccountException.Kind.REFUSED, sixth.kind(), "the sixth is checked and shuts the account");
        AccountException shut = assertThrows(AccountException.class,
                () -> team.accounts().authenticate("mette", GOOD.clone(), "10.0.0.7"));
        assertEquals(AccountException.Kind.BACK_OFF, shut.kind(), "per account: from any address");
        assertEquals(Backoff.FIRST, shut.retryAfter());
        clock.advance(Backoff.FIRST);
        assertThrows(AccountException.class,
                () -> team.accounts().authenticate("mette", "forkert-kodeord-her".toCharArray(), HOME));
        clock.advance(Backoff.FIRST);
        assertEquals(AccountException.Kind.BACK_OFF, assertThrows(AccountException.class,
                () -> team.accounts().authenticate("mette", GOOD.clone(), HOME)).kind(), "each failure doubles the wait");
        clock.advance(Backoff.FIRST);
        assertEquals("mette", team.accounts().authenticate("mette", GOOD.clone(), HOME).name());
    }

    @Test
    void oneAddressGuessingManyAccounts_backsOffThatAddressOnly() {
        team.accounts().add("mette", Role.RESEARCHER, GOOD.clone());
        for (int i = 0; i <= Backoff.FREE_PER_ADDRESS; i++) {
            String name = "gæt" + i;
            assertThrows(AccountException.class, () -> team.accounts().authenticate(name, GOOD.clone(), "10.6.6.6"));
        }
        assertEquals(AccountException.Kind.BACK_OFF, assertThrows(AccountException.class,
                () -> team.accounts().authenticate("mette", GOOD.clone(), "10.6.6.6")).kind());
        assertEquals("mette", team.accounts().authenticate("mette", GOOD.clone(), HOME).name());
    }

    @Test
    void sessions_endAfterIdleTimeAndAfterTheirAbsoluteLifetime() {
        User mette = team.accounts().add("mette", Role.RESEARCHER, GOOD.clone());
        String idle = team.sessions().start(mette);
        clock.advance(Duration.ofMinutes(29));
        assertEquals(mette, team.sessions().find(idle).orElseThrow());
        clock.advance(Duration.ofMinutes(29));
        assertEquals(mette, team.sessions().find(idle).orElseThrow(), "used 29 minutes ago, not 58");
        String busy = team.sessions().start(mette);
        for (int hour = 0; hour < 8; hour++) {
            clock.advance(Duration.ofMinutes(20));
            team.sessions().find(busy).orElseThrow();
            clock.advance(Duration.ofMinutes(20));
            team.sessions().find(busy).orElseThrow();
            clock.advance(Duration.ofMinutes(20));
            assertEquals(hour < 7, team.sessions().find(busy).isPresent(), "hour " + hour);
        }
        assertTrue(team.sessions().find(idle).isEmpty());
    }

    @Test
    void passwordChangeAndRemoval_endTheAccountsSessions() {
        User mette = team.accounts().add("mette", Role.RESEARCHER, GOOD.clone());
        team.accounts().add("ane", Role.ADMIN, GOOD.clone());
        String token = team.sessions().start(mette);
        team.accounts().changePassword("mette", "et-helt-nyt-kodeord".toCharArray());
        assertTrue(team.sessions().find(token).isEmpty());
        assertEquals(AccountException.Kind.REFUSED, assertThrows(AccountException.class,
                () -> team.accounts().authenticate("mette", GOOD.clone(), HOME)).kind());
        String again = team.sessions().start(team.accounts().authenticate("mette",
                "et-helt-nyt-kodeord".toCharArray(), HOME));
        team.accounts().remove("mette");
        assertTrue(team.sessions().find(again).isEmpty());
        assertEquals("account.lastAdmin", refusal(() -> team.accounts().remove("ane")));
    }

    @Test
    void aTokenIsStoredOnlyAsItsDigest() {
        String token = team.sessions().start(team.accounts().add("mette", Role.RESEARCHER, GOOD.clone()));
        assertEquals(43, token.length(), "256 bits, base64url");
        int plain = team.store().read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM sessions WHERE token_hash = ?")) {
                s.setString(1, token);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
        assertEquals(0, plain);
    }

    private static String refusal(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(AccountException.class, action).explanation().code();
    }
}
