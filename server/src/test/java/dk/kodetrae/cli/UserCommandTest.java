package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kodetrae user …}: accounts of a team server, passwords from standard input (never an argument). */
class UserCommandTest {
    @TempDir
    Path root;

    /** Runs a command with {@code stdin} as its standard input, as {@code echo … | kodetrae …} would. */
    private static CliRun withInput(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void add_readsThePasswordFromStandardInput_andCreatesTheTeamStore() {
        CliRun add = withInput("blå-hest-spiser-æbler\n", "user", "add", "ane", "--role", "admin", "--root",
                root.toString());
        assertEquals(0, add.code(), add.err());
        assertEquals("created admin ane", add.out().strip());
        assertTrue(Files.isRegularFile(root.resolve("team.db")));
        withInput("et-andet-langt-kodeord\n", "user", "add", "<img src=x onerror=alert(1)>", "--role",
                "report-writer", "--root", root.toString());
        CliRun list = CliRun.run("user", "list", "--root", root.toString());
        assertEquals("<img src=x onerror=alert(1)>\treport-writer\nane\tadmin", list.out().strip());
    }

    @Test
    void aPasswordAsAnArgument_isNoOption() {
        CliRun r = withInput("", "user", "add", "ane", "--role", "admin", "--password", "hemmeligt-kodeord",
                "--root", root.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("--password"), r.err());
        assertFalse(Files.exists(root.resolve("team.db")));
    }

    @Test
    void aWeakPassword_orAnUnknownRole_isRefusedWithTheReason_andCreatesNoAccount() {
        CliRun weak = withInput("kort\n", "user", "add", "ane", "--role", "admin", "--root", root.toString());
        assertEquals(1, weak.code());
        assertTrue(weak.err().contains("at least 12 characters"), weak.err());
        CliRun role = withInput("blå-hest-spiser-æbler\n", "user", "add", "ane", "--role", "chef", "--root",
                root.toString());
        assertTrue(role.err().contains("--role must be admin, researcher, evaluator or report-writer"), role.err());
        assertEquals("", CliRun.run("user", "list", "--root", root.toString()).out());
    }

    @Test
    void passwdAndRemove_changeTheAccount_butNotTheLastAdmin() {
        withInput("blå-hest-spiser-æbler\n", "user", "add", "ane", "--role", "admin", "--root", root.toString());
        withInput("blå-hest-spiser-æbler\n", "user", "add", "mette", "--role", "researcher", "--root",
                root.toString());
        CliRun passwd = withInput("et-helt-nyt-kodeord\n", "user", "passwd", "mette", "--root", root.toString());
        assertEquals(0, passwd.code(), passwd.err());
        assertTrue(passwd.out().contains("its sessions have ended"));
        assertEquals(0, CliRun.run("user", "remove", "mette", "--root", root.toString()).code());
        CliRun last = CliRun.run("user", "remove", "ane", "--root", root.toString());
        assertEquals(1, last.code());
        assertTrue(last.err().contains("last admin"), last.err());
        assertEquals("ane\tadmin", CliRun.run("user", "list", "--root", root.toString()).out().strip());
    }

    @Test
    void aCommandOnAFolderWithoutATeamServer_saysHowToMakeOne_andCreatesNothing() {
        CliRun r = CliRun.run("user", "list", "--root", root.resolve("ingen").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("kodetrae user add NAME --role admin"), r.err());
        assertFalse(Files.exists(root.resolve("ingen")));
    }

    @Test
    void servingOpenToTheNetwork_withoutTeamMode_isRefusedWithTheReason() {
        CliRun r = CliRun.run("serve", "--project", root.toString(), "--create", "--open-to-network", "--port", "0");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("a personal server has no login"), r.err());
        CliRun team = CliRun.run("serve", "--team", "--root", root.toString(), "--open-to-network", "--port", "0");
        assertTrue(team.err().contains("--host-name"), team.err());
    }
}
