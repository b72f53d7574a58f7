package dk.kodetrae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.project.Project;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kodetrae project …} and {@code kodetrae audit}: a team server's projects, members and audit log. */
class ProjectCommandTest {
    @TempDir
    Path root;

    @BeforeEach
    void aTeamServerWithTwoAccounts() {
        for (String user : List.of("ane", "mette")) {
            InputStream before = System.in;
            System.setIn(new ByteArrayInputStream("blå-hest-spiser-æbler\n".getBytes(StandardCharsets.UTF_8)));
            try {
                assertEquals(0, CliRun.run("user", "add", user, "--role", user.equals("ane") ? "admin" : "researcher",
                        "--root", root.toString()).code());
            } finally {
                System.setIn(before);
            }
        }
    }

    private CliRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--root";
        all[args.length + 1] = root.toString();
        return CliRun.run(all);
    }

    @Test
    void add_createsAnEmptyProjectInItsFolder_andListShowsItsTitleAsGiven() {
        CliRun add = run("project", "add", "ledighed", "--title", "Ledighed <b>æøå</b> 🌳");
        assertEquals(0, add.code(), add.err());
        assertTrue(Project.exists(root.resolve("projects").resolve("ledighed")), "projects/ledighed/project.db");
        run("project", "add", "andet");
        assertEquals(0, run("project", "archive", "andet").code());
        assertEquals("andet\tandet\tarchived\nledighed\tLedighed <b>æøå</b> 🌳", run("project", "list").out().strip());
    }

    @Test
    void aBadNameOrATakenOne_isRefusedWithTheReason_andChangesNothing() {
        CliRun bad = run("project", "add", "../ude");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("lower-case letters a-z, digits and dashes"), bad.err());
        run("project", "add", "ledighed");
        CliRun taken = run("project", "add", "ledighed", "--title", "igen");
        assertTrue(taken.err().contains("already a project named 'ledighed'"), taken.err());
        assertEquals("ledighed\tledighed", run("project", "list").out().strip());
    }

    @Test
    void member_setsAndEndsMemberships_refusingUnknownRolesAndUsers() {
        run("project", "add", "ledighed");
        assertEquals("mette is coder in ledighed", run("project", "member", "ledighed", "mette", "--role", "coder")
                .out().strip());
        assertTrue(run("project", "member", "ledighed", "mette", "--role", "chef").err()
                .contains("use one of admin, researcher, coder, evaluator, report-writer"));
        assertTrue(run("project", "member", "ledighed", "karl", "--role", "coder").err()
                .contains("no account named 'karl'"));
        assertEquals("mette\tcoder", run("project", "members", "ledighed").out().strip());
        assertEquals(0, run("project", "member", "ledighed", "mette", "--remove").code());
        assertEquals("", run("project", "members", "ledighed").out().strip());
    }

    @Test
    void audit_listsTheChangesMadeFromTheCommandLine_newestFirst_andAsCsv() {
        run("project", "add", "ledighed");
        run("project", "member", "ledighed", "mette", "--role", "evaluator");
        String[] lines = run("audit").out().strip().split("\n");
        assertEquals(2, lines.length, String.join("\n", lines));
        assertTrue(lines[0].contains("\tmember.set\tledighed\tmette: evaluator"), lines[0]);
        assertTrue(lines[1].contains("\tproject.added\tledighed\t"), lines[1]);
        assertTrue(lines[1].contains("cli:"), "the command line names itself as the actor: " + lines[1]);
        String csv = run("audit", "--csv").out();
        assertTrue(csv.startsWith("seq,at,actor,address,action,project,detail\r\n"), csv);
        assertTrue(csv.contains(",member.set,ledighed,mette: evaluator\r\n"), csv);
    }
}
