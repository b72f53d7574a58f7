package dk.kodetrae.cli;

import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.AttributeEdit;
import dk.kodetrae.transcript.AttributeEditor;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "attributes", description = "Change the attributes of imported documents: one value, or a manifest.",
        subcommands = {AttributesCommand.SetValue.class, AttributesCommand.Apply.class})
final class AttributesCommand {

    @Command(name = "set", description = "Set one attribute of one document, checked as a manifest cell; "
            + "NAME:type=VALUE creates a typed attribute (text, number, date, boolean), NAME= removes the value.")
    static final class SetValue implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "DOC", description = "The document's name")
        String document;

        @Parameters(index = "1", paramLabel = "NAME=VALUE", description = "e.g. kommune=B, alder:number=42")
        String assignment;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            int eq = assignment.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected NAME=VALUE (e.g. kommune=B), got '" + assignment + "'");
            }
            String name = assignment.substring(0, eq);
            String value = assignment.substring(eq + 1);
            return print(project, spec, edit -> edit.set(document, name, value));
        }
    }

    @Command(name = "apply", description = "Apply a manifest (the import's CSV: a document column, one column per "
            + "attribute) to documents already imported; blank cells change nothing. All or nothing.")
    static final class Apply implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "MANIFEST", description = "The CSV file")
        Path manifest;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Importer.Source source = new Importer.Source(manifest.toString(), CodebookCommand.bytes(manifest));
            return print(project, spec, edit -> edit.apply(source));
        }
    }

    private static int print(ProjectOption option, CommandSpec spec, Function<AttributeEditor, AttributeEdit> change) {
        try (Project p = option.open()) {
            AttributeEdit edit = p.editAttributes(ImportOptions.defaults().actor(), change);
            spec.commandLine().getOut().println(edit.summary());
        }
        return 0;
    }
}
