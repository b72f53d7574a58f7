package dk.kodetrae.cli;

import dk.kodetrae.message.Explained;
import dk.kodetrae.project.ProjectLocation;
import dk.kodetrae.refiqda.RefiQdaException;
import dk.kodetrae.round.RoundException;
import dk.kodetrae.search.QuerySyntaxException;
import dk.kodetrae.store.StoreException;
import dk.kodetrae.transcript.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.LogManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** Entry point of {@code kodetrae}. Errors the user can act on are printed as one message, never a stack trace. */
@Command(name = "kodetrae", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Kodetræ 0.1.0",
        description = "Qualitative interview research: import, search and code transcripts.")
public final class Main {
    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, QdpxImportCommand.class,
            AttributesCommand.class, SearchCommand.class, ReindexCommand.class, CodebookCommand.class,
            AutocodeCommand.class, CompareCommand.class, ExportCommand.class, QdpxExportCommand.class,
            SettingsCommand.class, DemoCommand.class, ServeCommand.class, UserCommand.class, ProjectCommand.class,
            AuditCommand.class, BenchmarkCommand.class,
            InteropCheckCommand.class, RoundCommand.class, AgreementCommand.class, DeleteCommand.class,
            PseudonymiseCommand.class);

    private Main() {
    }

    public static void main(String[] args) {
        // POI logs through the Log4j API; without this it warns on every start that it has no logging provider.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        configureLogging();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    private static void configureLogging() {
        try (InputStream in = Main.class.getResourceAsStream("logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("kodetrae: cannot read the logging configuration: " + e.getMessage());
        }
    }

    /** Runs one command line, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // The help names the real folders (they differ by operating system and XDG_DATA_HOME).
        System.setProperty("kodetrae.defaultProject", ProjectLocation.defaultProject().toString());
        System.setProperty("kodetrae.demoProject", ProjectLocation.demoProject().toString());
        CommandLine cli = new CommandLine(new Main());
        commandsFor(args).forEach(cli::addSubcommand);
        cli.setOut(new PrintWriter(new ControlEscapingWriter(out), true));
        cli.setErr(new PrintWriter(new ControlEscapingWriter(err), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("kodetrae: " + userMessage(e));
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * Only the command being run, when the first argument names one: picocli reads every option of every
     * command it is given by reflection, which cost a third of a second of each start of the server.
     */
    private static List<Class<?>> commandsFor(String[] args) {
        List<Class<?>> named = COMMANDS.stream()
                .filter(c -> args.length > 0 && c.getAnnotation(Command.class).name().equals(args[0])).toList();
        return named.isEmpty() ? COMMANDS : named;
    }

    private static String userMessage(Exception e) {
        if (e instanceof ImportException || e instanceof QuerySyntaxException || e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException || e instanceof RefiQdaException || e instanceof StoreException
                || e instanceof RoundException || e instanceof Explained) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
