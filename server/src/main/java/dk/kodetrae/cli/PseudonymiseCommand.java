package dk.kodetrae.cli;

import dk.kodetrae.corpus.Document;
import dk.kodetrae.project.Project;
import dk.kodetrae.pseudonym.Candidate;
import dk.kodetrae.pseudonym.Decision;
import dk.kodetrae.pseudonym.Kind;
import dk.kodetrae.pseudonym.ListedName;
import dk.kodetrae.pseudonym.Pseudonyms;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pseudonymise", description = {"Find personal data (CPR and phone numbers, e-mail and street "
        + "addresses, person names, the project's list of names), decide pseudonyms, and apply them as transcript "
        + "edits (codings follow). The key (original ↔ pseudonym) is a file apart from the project.",
    "Example: pseudonymise candidates; pseudonymise decide Mette --pseudonym \"[Borger A]\"; pseudonymise apply"},
        subcommands = {PseudonymiseCommand.Candidates.class, PseudonymiseCommand.Name.class,
            PseudonymiseCommand.Decide.class, PseudonymiseCommand.Apply.class, PseudonymiseCommand.Reidentify.class,
            PseudonymiseCommand.KeyFile.class})
final class PseudonymiseCommand {
    private PseudonymiseCommand() {
    }

    static String actor() {
        return System.getProperty("user.name", "kodetrae");
    }

    static List<Long> documents(Project p, List<String> names) {
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(p.corpus().documentNamed(name).map(Document::id)
                    .orElseThrow(() -> new IllegalArgumentException("--document: the project has no document '"
                            + name + "'")));
        }
        return ids;
    }

    @Command(name = "candidates", description = "List every candidate in context: document, offsets, kind, what "
            + "found it, its decision (open, accepted, rejected) and its pseudonym (for an open one, the proposal).")
    static final class Candidates implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Option(names = "--document", paramLabel = "NAME", description = "Only this document (repeatable)")
        List<String> documents = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Project p = project.openForReading()) {
                List<Candidate> all = p.pseudonyms().candidates(documents(p, documents));
                all.forEach(c -> out.printf("%s\t[%d, %d)\t%s\t%s\t%s\t%s → %s\t…%s[%s]%s…%n", c.documentName(),
                        c.start(), c.end(), c.kind().key(), c.source(), c.status(), c.original(),
                        c.pseudonym() == null ? "(kept)" : c.pseudonym(), oneLine(c.before()), c.original(),
                        oneLine(c.after())));
                out.println(all.size() + " candidates; " + all.stream().filter(c -> c.status().equals("open")).count()
                        + " open; key: " + p.pseudonyms().keyFile());
            }
            return 0;
        }

        private static String oneLine(String s) {
            return s.replaceAll("\\s+", " ");
        }
    }

    @Command(name = "name", description = "Add a name to the project's list (people, workplaces, places); it is "
            + "found wherever it occurs as a whole word.")
    static final class Name implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--kind", defaultValue = "person", description = "person, workplace or place")
        String kind;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                int n = p.pseudonyms().addName(new ListedName(name, Kind.of(kind)), actor()).size();
                spec.commandLine().getOut().println("the project's list has " + n + " names");
            }
            return 0;
        }
    }

    @Command(name = "decide", description = "Decide an original everywhere in the project: replace it by a "
            + "pseudonym (--pseudonym, or the proposal with --accept) or keep it (--reject).")
    static final class Decide implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "ORIGINAL")
        String original;

        @Option(names = "--kind", defaultValue = "person",
                description = "person, workplace, place, cpr, phone, email or address")
        String kind;

        @Option(names = "--pseudonym", paramLabel = "TEXT", description = "e.g. \"[Borger A]\"")
        String pseudonym;

        @Option(names = "--reject", description = "Not personal data: keep it")
        boolean reject;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (reject == (pseudonym != null)) {
                throw new IllegalArgumentException("give either --pseudonym TEXT or --reject");
            }
            try (Project p = project.open()) {
                p.pseudonyms().decide(List.of(new Decision(original, Kind.of(kind), !reject, pseudonym)), actor());
                spec.commandLine().getOut().println(reject ? "kept '" + original + "'"
                        : "'" + original + "' → " + pseudonym + " everywhere in the project");
            }
            return 0;
        }
    }

    @Command(name = "apply", description = "Replace every accepted original by its pseudonym, one transcript edit "
            + "per document (codings follow), and mark the documents pseudonymised. Refused while a document has "
            + "candidates not decided, unless --accept-proposed.")
    static final class Apply implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Option(names = "--document", paramLabel = "NAME", description = "Only this document (repeatable)")
        List<String> documents = new ArrayList<>();

        @Option(names = "--accept-proposed", description = "Accept the proposal of every open candidate first")
        boolean acceptProposed;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Project p = project.open()) {
                List<Pseudonyms.Applied> applied = p.pseudonyms().apply(documents(p, documents), acceptProposed,
                        actor());
                applied.forEach(a -> out.println(a.documentName() + ": " + a.replacements() + " replacements"));
                out.println("pseudonymised " + applied.size() + " documents, "
                        + applied.stream().mapToInt(Pseudonyms.Applied::replacements).sum() + " replacements; key: "
                        + p.pseudonyms().keyFile());
            }
            return 0;
        }
    }

    @Command(name = "reidentify", description = "Print a passage of a pseudonymised document with each pseudonym "
            + "followed by its original(s), read from the key. Logged in the change log (who, which passage).")
    static final class Reidentify implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Option(names = "--document", required = true, paramLabel = "NAME")
        String document;

        @Option(names = "--start", defaultValue = "0", description = "UTF-16 offset (default: the beginning)")
        int start;

        @Option(names = "--end", defaultValue = "-1", description = "exclusive (default: the end)")
        int end;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                long id = documents(p, List.of(document)).get(0);
                int to = end < 0 ? p.corpus().text(id).length() : end;
                spec.commandLine().getOut().println(p.pseudonyms().reidentify(id, start, to, actor()));
            }
            return 0;
        }
    }

    @Command(name = "key", description = "Print where the key is, or move it (--move FILE, outside the project).")
    static final class KeyFile implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Option(names = "--move", paramLabel = "FILE")
        Path move;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                Path file = move == null ? p.pseudonyms().keyFile() : p.pseudonyms().moveKeyFile(move, actor());
                spec.commandLine().getOut().println(file);
            }
            return 0;
        }
    }
}
