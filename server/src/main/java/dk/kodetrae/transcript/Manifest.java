package dk.kodetrae.transcript;

import dk.kodetrae.corpus.Attribute;
import dk.kodetrae.corpus.AttributeType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The attribute manifest: a CSV file whose first column names the document ({@code document}) and whose other
 * columns are attributes, optionally typed in the header ({@code varighed:number}). Undeclared types are taken
 * from the project, or inferred from the values.
 */
final class Manifest {
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{N}_ -]{0,63}");
    private static final Set<String> DOCUMENT_COLUMN = Set.of("document", "dokument");

    private Manifest() {
    }

    /** Attributes and values the manifest adds; {@code problems} is empty when it can be applied. */
    record Resolved(List<Attribute> newAttributes, Map<String, Map<String, String>> values,
                    List<ImportProblem> problems) {
    }

    /**
     * The manifest in the bytes of {@code file}, which must be text as {@link TextBytes} reads it: strict UTF-8, so
     * that a Windows-1252 {@code Århus} is refused at its line rather than stored as {@code �rhus}.
     *
     * @param knownDocuments documents of this import and of the project, by name
     * @param existing       attributes already in the project, by name
     */
    static Resolved resolve(String file, byte[] bytes, Set<String> knownDocuments, Map<String, Attribute> existing) {
        try {
            return resolve(file, TextBytes.decode(bytes), knownDocuments, existing);
        } catch (TextBytes.NotText e) {
            return new Resolved(List.of(), Map.of(), List.of(e.problemOf(file)));
        }
    }

    private static Resolved resolve(String file, String text, Set<String> knownDocuments, Map<String, Attribute> existing) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Csv.Row> rows = Csv.parse(TextNormaliser.normalise(text));
        if (rows.isEmpty()) {
            problems.add(ImportProblem.of(file, 0, "manifest.empty", "empty manifest"));
            return new Resolved(List.of(), Map.of(), problems);
        }
        List<Column> columns = header(file, rows.getFirst(), problems);
        Map<String, Csv.Row> byDocument = documentRows(file, rows.subList(1, rows.size()), columns.size() + 1,
                knownDocuments, problems);
        List<Attribute> attributes = new ArrayList<>();
        List<Attribute> created = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Attribute a = typeOf(column, i + 1, byDocument.values(), existing);
            attributes.add(a);
            if (!existing.containsKey(a.name())) {
                created.add(a);
            }
        }
        Map<String, Map<String, String>> values = values(file, byDocument, attributes, problems);
        return new Resolved(created, values, problems);
    }

    /**
     * One value for one document already in the project, checked as a manifest cell is: {@code column} is a
     * header ({@code NAME} or {@code NAME:type}), the value must fit the attribute's type (the project's, else the
     * declared one, else the one inferred from the value). A blank value removes the attribute from the document;
     * its value in {@link Resolved#values()} is then empty.
     */
    static Resolved resolveOne(String source, String document, String column, String value,
                               Set<String> knownDocuments, Map<String, Attribute> existing) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!knownDocuments.contains(document)) {
            problems.add(ImportProblem.of(source, 0, "attributes.unknownDocument", "unknown document '" + document + "'",
                    "document", document));
        }
        Optional<Column> parsed = column(source, 0, 1, column.strip(), new HashSet<>(), problems);
        if (parsed.isEmpty() || !problems.isEmpty()) {
            return new Resolved(List.of(), Map.of(), problems);
        }
        Column c = parsed.get();
        Attribute known = existing.get(c.name());
        if (value.isBlank()) {
            if (known == null) {
                problems.add(ImportProblem.of(source, 0, "attributes.nothingToRemove",
                        "no attribute '" + c.name() + "' to remove", "attribute", c.name()));
            }
            return new Resolved(List.of(), Map.of(document, Map.of(c.name(), "")), problems);
        }
        Attribute a = known != null ? known : new Attribute(c.name(),
                c.declared().orElseGet(() -> AttributeType.infer(List.of(value))));
        if (known != null && c.declared().filter(t -> t != known.type()).isPresent()) {
            problems.add(ImportProblem.of(source, 0, "attributes.typeConflict", "attribute '" + c.name()
                    + "' is of type " + known.type().id() + " in the project, not " + c.declared().get().id(),
                    "attribute", c.name(), "type", known.type().id(), "declared", c.declared().get().id()));
        }
        Optional<String> canonical = a.type().canonical(value);
        if (canonical.isEmpty()) {
            problems.add(ImportProblem.of(source, 0, "manifest.value", "attribute '" + a.name() + "' must be "
                    + a.type().expectation() + ", got '" + value.strip() + "'",
                    "attribute", a.name(), "type", a.type().id(), "got", value.strip()));
        }
        return new Resolved(known == null ? List.of(a) : List.of(),
                Map.of(document, Map.of(a.name(), canonical.orElse(""))), problems);
    }

    private record Column(String name, Optional<AttributeType> declared) {
    }

    private static List<Column> header(String file, Csv.Row row, List<ImportProblem> problems) {
        List<String> fields = row.fields();
        if (!DOCUMENT_COLUMN.contains(fields.getFirst().strip().toLowerCase(java.util.Locale.ROOT))) {
            problems.add(ImportProblem.of(file, row.line(), "manifest.firstColumn",
                    "the first column must be 'document' (the file name without extension), got '"
                            + fields.getFirst().strip() + "'", "got", fields.getFirst().strip()));
        }
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < fields.size(); i++) {
            column(file, row.line(), i + 1, fields.get(i).strip(), seen, problems).ifPresent(columns::add);
        }
        return columns;
    }

    private static Optional<Column> column(String file, int line, int position, String raw, Set<String> seen,
                                           List<ImportProblem> problems) {
        int colon = raw.lastIndexOf(':');
        String name = colon < 0 ? raw : raw.substring(0, colon).strip();
        Optional<AttributeType> type = Optional.empty();
        if (colon >= 0) {
            String typeName = raw.substring(colon + 1).strip();
            type = AttributeType.of(typeName);
            if (type.isEmpty()) {
                problems.add(ImportProblem.of(file, line, "manifest.columnType", "column " + position + " '" + raw
                        + "': unknown attribute type '" + typeName + "' (use text, number, date or boolean)",
                        "column", position, "header", raw, "type", typeName));
            }
        }
        if (!NAME.matcher(name).matches()) {
            problems.add(ImportProblem.of(file, line, "manifest.columnName", "column " + position + ": unknown column '" + raw
                    + "' (an attribute name starts with a letter and has at most 64 letters, digits, _ - or spaces)",
                    "column", position, "header", raw));
            return Optional.empty();
        }
        if (!seen.add(name)) {
            problems.add(ImportProblem.of(file, line, "manifest.columnDuplicate",
                    "column " + position + ": duplicate column '" + name + "'", "column", position, "header", name));
            return Optional.empty();
        }
        return Optional.of(new Column(name, type));
    }

    private static Map<String, Csv.Row> documentRows(String file, List<Csv.Row> rows, int width,
                                                     Set<String> known, List<ImportProblem> problems) {
        Map<String, Csv.Row> out = new LinkedHashMap<>();
        for (Csv.Row row : rows) {
            String document = row.fields().getFirst().strip();
            if (row.fields().size() != width) {
                problems.add(ImportProblem.of(file, row.line(), "manifest.fieldCount",
                        "has " + row.fields().size() + " fields, the header has " + width,
                        "fields", row.fields().size(), "expected", width));
            } else if (!known.contains(document)) {
                problems.add(ImportProblem.of(file, row.line(), "manifest.unknownDocument", "unknown document '" + document
                        + "' (neither imported now nor already in the project)", "document", document));
            } else if (out.containsKey(document)) {
                problems.add(ImportProblem.of(file, row.line(), "manifest.duplicateRow", "duplicate row for document '" + document
                        + "' (first on line " + out.get(document).line() + ")", "document", document,
                        "first", out.get(document).line()));
            } else {
                out.put(document, row);
            }
        }
        return out;
    }

    private static Attribute typeOf(Column column, int field, Iterable<Csv.Row> rows, Map<String, Attribute> existing) {
        if (column.declared().isPresent()) {
            return new Attribute(column.name(), column.declared().get());
        }
        Attribute known = existing.get(column.name());
        if (known != null) {
            return known;
        }
        List<String> values = new ArrayList<>();
        rows.forEach(r -> values.add(r.fields().get(field)));
        return new Attribute(column.name(), AttributeType.infer(values));
    }

    private static Map<String, Map<String, String>> values(String file, Map<String, Csv.Row> byDocument,
                                                           List<Attribute> attributes, List<ImportProblem> problems) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (var e : byDocument.entrySet()) {
            Map<String, String> values = new TreeMap<>();
            for (int i = 0; i < attributes.size(); i++) {
                Attribute a = attributes.get(i);
                String raw = e.getValue().fields().get(i + 1);
                if (raw.isBlank()) {
                    continue;
                }
                Optional<String> value = a.type().canonical(raw);
                if (value.isEmpty()) {
                    problems.add(ImportProblem.of(file, e.getValue().line(), "manifest.value", "attribute '" + a.name()
                            + "' must be " + a.type().expectation() + ", got '" + raw.strip() + "'",
                            "attribute", a.name(), "type", a.type().name().toLowerCase(java.util.Locale.ROOT),
                            "got", raw.strip()));
                } else {
                    values.put(a.name(), value.get());
                }
            }
            out.put(e.getKey(), values);
        }
        return out;
    }
}
