package dk.kodetrae.cli;

import dk.kodetrae.deletion.Deleted;
import dk.kodetrae.deletion.ProjectFolder;
import dk.kodetrae.message.InvalidInput;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete", description = "Delete without a trace: a document (with its codings, memos and versions),"
        + " a code (with its sub-codes and codings; not undoable), a memo, a document's earlier versions, or the whole"
        + " project folder. The change log keeps what was deleted and by whom, never the deleted text.",
        subcommands = {DeleteCommand.Document.class, DeleteCommand.Code.class, DeleteCommand.Memo.class,
            DeleteCommand.Versions.class, DeleteCommand.WholeProject.class})
final class DeleteCommand {
    private DeleteCommand() {
    }

    /** Options every delete shares. */
    static final class Common {
        @Mixin
        ProjectOption project;

        @Option(names = "--actor", paramLabel = "NAME", description = "Who deletes, for the change log")
        String actor = System.getProperty("user.name", "kodetrae");

        /** Opens the project, deletes, and says what was deleted. */
        Integer delete(CommandSpec spec, BiFunction<Project, String, Deleted> delete) {
            try (Project p = project.open()) {
                Deleted d = delete.apply(p, actor);
                spec.commandLine().getOut().printf(Locale.ROOT, "deleted %s %d: %d codings, %d memos; %d change-log"
                        + " details erased%n", d.what(), d.id(), d.codings(), d.memos(), d.erased());
            }
            return 0;
        }
    }

    @Command(name = "document", description = "Delete a document by name or id.")
    static final class Document implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "DOC", description = "The document's name or id")
        String document;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return common.delete(spec, (p, actor) -> p.deletions().document(find(p, document).id(), actor));
        }
    }

    private static dk.kodetrae.corpus.Document find(Project p, String nameOrId) {
        var byName = p.corpus().documentNamed(nameOrId);
        if (byName.isPresent()) {
            return byName.get();
        }
        return (nameOrId.matches("\\d{1,18}") ? p.corpus().document(Long.parseLong(nameOrId))
                : java.util.Optional.<dk.kodetrae.corpus.Document>empty()).orElseThrow(() -> new InvalidInput(
                "document.notFound", "no document '" + nameOrId + "' in the project", "document", nameOrId));
    }

    @Command(name = "code", description = "Delete a code by id, with its sub-codes, codings and memos.")
    static final class Code implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "ID", description = "The code's id")
        long code;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return common.delete(spec, (p, actor) -> p.deletions().code(code, actor));
        }
    }

    @Command(name = "memo", description = "Delete a memo by id.")
    static final class Memo implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "ID", description = "The memo's id")
        long memo;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return common.delete(spec, (p, actor) -> p.deletions().memo(memo, actor));
        }
    }

    @Command(name = "versions", description = "Purge a document's earlier versions: only its current text is kept.")
    static final class Versions implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "DOC", description = "The document's name or id")
        String document;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Project p = common.project.open()) {
                int n = p.revisions().purge(find(p, document).id(), common.actor);
                spec.commandLine().getOut().printf(Locale.ROOT, "purged %d earlier versions%n", n);
            }
            return 0;
        }
    }

    @Command(name = "project", description = "Overwrite every file of the project folder and delete it. Stop a"
            + " server that has it open first.")
    static final class WholeProject implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Option(names = "--confirm", paramLabel = "FOLDER", required = true,
                description = "The project folder's name again, to confirm")
        String confirm;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path dir = project.directory().toAbsolutePath().normalize();
            Path name = dir.getFileName();
            if (name == null || !name.toString().equals(confirm)) {
                throw new IllegalArgumentException("--confirm must name the project folder (" + name + "); nothing"
                        + " was deleted");
            }
            // Opening takes the index's write lock: a server that has the project open refuses this here.
            project.open().close();
            try {
                int files = ProjectFolder.erase(dir);
                spec.commandLine().getOut().printf(Locale.ROOT, "erased the project %s: %d files overwritten and"
                        + " deleted%n", dir, files);
            } catch (IOException e) {
                throw new UncheckedIOException("could not erase " + dir + ": " + e.getMessage(), e);
            }
            return 0;
        }
    }
}
