package dk.kodetrae.cli;

import dk.kodetrae.refiqda.InteropCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "interop-check", description = "Check REFI-QDA samples: import, word boundaries, schema-valid export,"
        + " same codings on re-import. Exits 1 when any sample fails.")
final class InteropCheckCommand implements Callable<Integer> {
    @Option(names = "--schema", required = true, paramLabel = "XSD", description = "The standard's Project.xsd")
    Path schema;

    @Parameters(paramLabel = "DIR", description = "A folder of .qdpx samples")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return new InteropCheck(schema, spec.commandLine().getOut()).checkAll(folder) == 0 ? 0 : 1;
    }
}
