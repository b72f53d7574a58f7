package dk.kodetrae.cli;

import dk.kodetrae.coding.CodingFilter;
import picocli.CommandLine.Option;

/** The {@code --codings manual|reviewed|all} option of compare, export and code retrieval. */
final class CodingFilterOption {
    @Option(names = "--codings", paramLabel = "FILTER", defaultValue = "reviewed",
            description = "Which codings count: manual, reviewed (manual and accepted auto codings, the default) or all"
                    + " (unreviewed auto codings too)")
    String value;

    /** @throws IllegalArgumentException naming the three choices */
    CodingFilter filter() {
        return CodingFilter.of(value);
    }

    /** The line a command prints to say which filter is in force. */
    static String describe(CodingFilter filter) {
        return "Codings: " + switch (filter) {
            case MANUAL -> "manual only";
            case REVIEWED -> "manual and accepted auto";
            case ALL -> "all, unreviewed auto codings included";
        } + " (--codings " + filter.id() + ")";
    }
}
