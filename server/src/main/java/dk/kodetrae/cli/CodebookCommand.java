package dk.kodetrae.cli;

import dk.kodetrae.codebook.Codebook;
import dk.kodetrae.codebook.CodebookFiles;
import dk.kodetrae.project.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "codebook", description = "Load, list and export codebooks.",
        subcommands = {CodebookCommand.Load.class, CodebookCommand.ListBooks.class, CodebookCommand.Export.class})
final class CodebookCommand {

    @Command(name = "load", description = "Load a codebook file (kodetrae-codebook/1 JSON) into the project.")
    static final class Load implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                Codebook book = p.codebooks().load(CodebookFiles.read(file.toString(), bytes(file)), "cli");
                spec.commandLine().getOut().println("loaded codebook '" + book.id() + "' with "
                        + p.codebooks().codes(book.id()).size() + " codes");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the project's codebooks and their codes.")
    static final class ListBooks implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Project p = project.openForReading()) {
                String standard = p.settings().effective().defaultCodebook();
                for (Codebook b : p.codebooks().codebooks()) {
                    out.println(b.id() + "  " + b.name() + " (" + p.codebooks().codes(b.id()).size() + " codes)"
                            + (b.id().equals(standard) ? ", the default" : ""));
                }
            }
            return 0;
        }
    }

    @Command(name = "export", description = "Write a codebook of the project to its file format.")
    static final class Export implements Callable<Integer> {
        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true)
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Project p = project.openForReading()) {
                Files.write(output, CodebookFiles.write(p.codebooks().export(id)));
                spec.commandLine().getOut().println("wrote " + output);
            }
            return 0;
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
