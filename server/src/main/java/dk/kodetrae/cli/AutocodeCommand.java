package dk.kodetrae.cli;

import dk.kodetrae.codebook.Code;
import dk.kodetrae.coding.AutoCoder;
import dk.kodetrae.project.Project;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "autocode", description = "Apply the auto-coding rules of a codebook (or one code) and print per-code counts.")
final class AutocodeCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--codebook", paramLabel = "ID", description = "Codebook id (default: the project's default codebook)")
    String codebook;

    @Option(names = "--code", paramLabel = "KEY", description = "Only this code (its key, e.g. motivation-tillid)")
    String code;

    @Option(names = "--preview", description = "Show what the rules would code, without writing")
    boolean preview;

    @Option(names = "--actor", defaultValue = "cli", description = "Name recorded in the change log")
    String actor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project p = project.open()) {
            String codebook = p.settings().codebook(this.codebook);
            List<Code> codes = p.codebooks().codes(codebook).stream()
                    .filter(c -> c.rule() != null && (code == null || c.key().equals(code))).toList();
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("no code with a rule" + (code == null ? "" : " named '" + code + "'")
                        + " in codebook '" + codebook + "'");
            }
            out.printf(Locale.ROOT, "%-45s %8s %8s %8s%n", "code", preview ? "matches" : "added",
                    preview ? "" : "removed", preview ? "" : "kept");
            for (Code c : codes) {
                if (preview) {
                    AutoCoder.Preview pv = p.autoCoder().preview(c.id());
                    out.printf(Locale.ROOT, "%-45s %8d%n", c.key(), pv.total());
                } else {
                    AutoCoder.Result r = p.autoCoder().apply(c.id(), actor);
                    out.printf(Locale.ROOT, "%-45s %8d %8d %8d%n", c.key(), r.added(), r.removed(), r.kept());
                }
            }
        }
        return 0;
    }
}
