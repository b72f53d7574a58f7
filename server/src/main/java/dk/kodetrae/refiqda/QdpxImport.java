package dk.kodetrae.refiqda;

import dk.kodetrae.codebook.Codebook;
import dk.kodetrae.codebook.Codebooks;
import dk.kodetrae.coding.Codings;
import dk.kodetrae.corpus.Attribute;
import dk.kodetrae.corpus.AttributeType;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.NewDocument;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.StoredDocument;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportException;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One import of a REFI-QDA project into a Kodetræ project. Everything is read, converted and checked first; any
 * problem refuses the file and changes nothing. Then documents, attributes, the codebook, codings and memos are
 * written in one transaction (and the documents indexed, as a text import does).
 */
final class QdpxImport {
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "docx", "doc", "pdf", "rtf", "md", "odt");

    private final Project project;
    private final ImportOptions options;
    private final String file;
    private final QdeProject qde;
    private final Function<String, Optional<byte[]>> sourceFiles;
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> taken;

    QdpxImport(Project project, ImportOptions options, String file, QdeProject qde,
               Function<String, Optional<byte[]>> sourceFiles) {
        this.project = project;
        this.options = options;
        this.file = file;
        this.qde = qde;
        this.sourceFiles = sourceFiles;
        this.taken = Guids.taken(project.store());
    }

    /** A source that will become a document. */
    private record Text(QdeProject.Source source, String name, String raw, StoredOffsets offsets) {
    }

    /** A memo to write once the ids of its target are known. */
    private record PlannedMemo(String targetGuid, String author, String text, String guid) {
    }

    /** Everything the import will write, read and checked before the write begins. */
    private record Plan(List<Text> texts, List<NewDocument> documents, List<Attribute> newAttributes, CodeTree tree,
                        Placement.Result placement, List<PlannedMemo> memos, Map<String, String> documentGuids,
                        Map<String, String> codeGuids) {
    }

    QdpxReport run() {
        Plan plan = plan();
        Written written = project.index().adding(onStored -> project.store().write(c -> write(c, plan, onStored)));
        return report(plan, written);
    }

    private Plan plan() {
        List<Text> texts = texts();
        Map<String, Attribute> attributes = attributes();
        List<NewDocument> documents = documents(texts, attributes);
        CodeTree tree = CodeTree.of(codebookId(), qde.name().isBlank() ? file : qde.name(), qde.codes());
        Placement.Result placement = Placement.place(texts.stream()
                .map(t -> new Placement.SourceText(t.raw(), t.offsets(), t.source().selections())).toList());
        List<PlannedMemo> memos = memos(texts);
        if (!problems.isEmpty()) {
            throw new RefiQdaException(file, problems);
        }
        Map<String, String> documentGuids = new HashMap<>();
        texts.forEach(t -> fresh(t.source().guid()).ifPresent(g -> documentGuids.put(t.name(), g)));
        Map<String, String> codeGuids = new HashMap<>();
        tree.keyByGuid().forEach((guid, key) -> fresh(guid).ifPresent(g -> codeGuids.put(key, g)));
        Set<String> known = new HashSet<>();
        project.corpus().attributes().forEach(a -> known.add(a.name()));
        List<Attribute> newAttributes = attributes.values().stream().filter(a -> !known.contains(a.name())).toList();
        return new Plan(texts, documents, newAttributes, tree, placement, memos, documentGuids, codeGuids);
    }

    /** Writes the plan in the caller's transaction: documents, the codebook, the codings, the memos. */
    private Written write(Connection c, Plan plan, Consumer<StoredDocument> onStored) throws SQLException {
        List<Long> ids = project.corpus().insert(c, plan.documents(), plan.newAttributes(), plan.documentGuids(),
                options.actor(), onStored);
        Map<String, Long> documentIds = new HashMap<>();
        for (int i = 0; i < plan.texts().size(); i++) {
            documentIds.put(plan.texts().get(i).source().guid(), ids.get(i));
        }
        CodeTree tree = plan.tree();
        Map<String, Long> codeIds = tree.file().codes().isEmpty() ? Map.of()
                : project.codebooks().insert(c, tree.file(), null, plan.codeGuids(), options.actor());
        Map<String, Long> codeIdByGuid = new HashMap<>();
        tree.keyByGuid().forEach((guid, key) -> codeIdByGuid.put(guid, codeIds.get(key)));
        List<Codings.ImportedCoding> codings = codings(plan.texts(), plan.placement(), documentIds, codeIdByGuid);
        project.codings().addImported(c, qde.origin(), codings, options.actor());
        int memos = 0;
        for (PlannedMemo m : plan.memos()) {
            Long code = codeIdByGuid.get(m.targetGuid());
            Long document = documentIds.get(m.targetGuid());
            if (code != null || document != null) {
                project.memos().insert(c, code != null ? "code" : "document", code != null ? code : document,
                        m.author(), m.text(), m.guid());
                memos++;
            }
        }
        return new Written(codings.size(), memos,
                codings.stream().map(Codings.ImportedCoding::coder).distinct().sorted().toList());
    }

    private record Written(int codings, int memos, List<String> coders) {
    }

    private QdpxReport report(Plan plan, Written written) {
        List<Text> texts = plan.texts();
        List<NewDocument> documents = plan.documents();
        CodeTree tree = plan.tree();
        Placement.Result placement = plan.placement();
        Map<Convention, String> scores = new EnumMap<>(Convention.class);
        placement.scores().forEach((c, s) -> scores.put(c, s.placed() + " placed, " + s.onWordBoundary()
                + " on word boundaries"));
        List<String> notPlaced = new ArrayList<>();
        for (Text t : texts) {
            for (QdeProject.Selection s : t.source().selections()) {
                String reason = placement.notPlaced().get(s.guid());
                if (reason != null) {
                    notPlaced.add(describe(t.name(), s) + ": " + reason);
                }
            }
        }
        int selections = texts.stream().mapToInt(t -> t.source().selections().size()).sum();
        int attributeValues = documents.stream().mapToInt(d -> d.attributes().size()).sum();
        return new QdpxReport(file, qde.origin(), documents.stream().map(NewDocument::name).toList(),
                attributeValues, tree.file().codes().isEmpty() ? null : tree.file().id(), tree.file().codes().size(),
                written.codings(), written.coders(), written.memos(), placement.chosen(), scores, selections,
                placement.chosenScore().placed(), placement.chosenScore().onWordBoundary(), notPlaced, warnings);
    }

    private static String describe(String document, QdeProject.Selection s) {
        return "selection " + s.guid() + (s.name().isBlank() ? "" : " '" + shorten(s.name()) + "'") + " in '"
                + document + "'";
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A guid from the file, kept when no object of the project (or earlier in this file) has it. */
    private Optional<String> fresh(String guid) {
        return guid == null || guid.isBlank() || !taken.add(guid) ? Optional.empty() : Optional.of(guid);
    }

    private List<Text> texts() {
        List<Text> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        project.corpus().documents().forEach(d -> names.add(d.name()));
        for (QdeProject.Source s : qde.sources()) {
            Optional<String> raw = rawText(s);
            if (raw.isEmpty()) {
                continue;
            }
            String name = documentName(s);
            if (!names.add(name)) {
                problems.add("source '" + s.name() + "': the project already has a document named '" + name + "'");
                continue;
            }
            Optional<StoredOffsets> offsets = StoredOffsets.of(raw.get());
            if (offsets.isEmpty()) {
                problems.add("source '" + s.name() + "': its text changes under Unicode normalisation in a way"
                        + " that leaves selection positions without a place");
                continue;
            }
            out.add(new Text(s, name, raw.get(), offsets.get()));
        }
        for (String media : qde.mediaSources()) {
            warnings.add("source " + media + " passed over: Kodetræ imports text only");
        }
        return out;
    }

    /** The source's text as the tool wrote it (without a byte-order mark), or empty when it is passed over. */
    private Optional<String> rawText(QdeProject.Source s) {
        String label = "source '" + s.name() + "'";
        if (s.inlineText() != null) {
            return nonBlank(label, s.inlineText(), s);
        }
        if (s.plainTextPath() == null) {
            warnings.add(label + " passed over: it has no plain text" + selectionsLost(s));
            return Optional.empty();
        }
        if (!s.plainTextPath().toLowerCase(Locale.ROOT).startsWith("internal://")) {
            warnings.add(label + " passed over: its text is outside the package (" + s.plainTextPath() + ")"
                    + selectionsLost(s));
            return Optional.empty();
        }
        String name = s.plainTextPath().substring("internal://".length());
        Optional<byte[]> bytes = sourceFiles.apply(name);
        if (bytes.isEmpty()) {
            warnings.add(label + " passed over: its text file sources/" + name + " is not in the package"
                    + selectionsLost(s));
            return Optional.empty();
        }
        if (bytes.get().length > options.maxFileBytes()) {
            problems.add(label + ": sources/" + name + " is larger than the limit of " + options.maxFileBytes()
                    + " bytes");
            return Optional.empty();
        }
        try {
            return nonBlank(label, decode(bytes.get()), s);
        } catch (CharacterCodingException e) {
            problems.add(label + ": sources/" + name + " is not UTF-8 text");
            return Optional.empty();
        }
    }

    private Optional<String> nonBlank(String label, String text, QdeProject.Source s) {
        String raw = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (raw.isBlank()) {
            warnings.add(label + " passed over: its text is empty" + selectionsLost(s));
            return Optional.empty();
        }
        return Optional.of(raw);
    }

    private static String selectionsLost(QdeProject.Source s) {
        return s.selections().isEmpty() ? "" : " (its " + s.selections().size() + " selections are not imported)";
    }

    /** UTF-8, strictly, or UTF-16 when a byte-order mark says so. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String documentName(QdeProject.Source s) {
        String name = s.name().strip();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            name = name.substring(0, dot);
        }
        return name.isBlank() ? s.guid() : name;
    }

    /** The file's variables as typed attributes; refused when one clashes with a project attribute's type. */
    private Map<String, Attribute> attributes() {
        Map<String, Attribute> existing = new HashMap<>();
        project.corpus().attributes().forEach(a -> existing.put(a.name(), a));
        Map<String, Attribute> out = new LinkedHashMap<>();
        for (QdeProject.Variable v : qde.variables().values()) {
            AttributeType type = switch (v.type()) {
                case "Boolean" -> AttributeType.BOOLEAN;
                case "Integer", "Float" -> AttributeType.NUMBER;
                case "Date" -> AttributeType.DATE;
                default -> AttributeType.TEXT;
            };
            Attribute known = existing.get(v.name());
            if (known != null && known.type() != type) {
                problems.add("variable '" + v.name() + "' is " + v.type() + " but the project's attribute of that"
                        + " name is " + known.type().id());
            }
            out.put(v.guid(), known != null ? known : new Attribute(v.name(), type));
        }
        return out;
    }

    /** Each text prepared as a text import would store it, with its attribute values from itself and its cases. */
    private List<NewDocument> documents(List<Text> texts, Map<String, Attribute> attributes) {
        List<NewDocument> prepared;
        try {
            prepared = new Importer(project.corpus(), options).prepare(texts.stream().map(t -> new Importer.Source(
                    t.name() + ".txt", t.raw().getBytes(StandardCharsets.UTF_8))).toList());
        } catch (ImportException e) {
            e.problems().forEach(p -> problems.add(p.toString()));
            return List.of();
        }
        checkDuplicateTexts(prepared);
        List<NewDocument> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Text t = texts.get(i);
            NewDocument d = prepared.get(i);
            if (!d.text().equals(t.offsets().stored())) {
                problems.add("source '" + t.source().name() + "': its stored text differs from the text its"
                        + " positions count in, so no selection could be placed");
            }
            out.add(new NewDocument(t.name(), file + ":" + t.source().name(), d.text(), d.language(),
                    d.contentHash(), values(t.source(), attributes), d.turns(), d.sentences()));
        }
        return out;
    }

    private void checkDuplicateTexts(List<NewDocument> prepared) {
        Map<String, String> hashes = new HashMap<>();
        for (Document d : project.corpus().documents()) {
            hashes.put(d.contentHash(), "document '" + d.name() + "' already in the project");
        }
        for (NewDocument d : prepared) {
            String owner = hashes.putIfAbsent(d.contentHash(), "source '" + d.name() + "'");
            if (owner != null) {
                problems.add("source '" + d.name() + "': the same text as " + owner);
            }
        }
    }

    private Map<String, String> values(QdeProject.Source source, Map<String, Attribute> attributes) {
        List<QdeProject.Value> all = new ArrayList<>();
        for (QdeProject.Case c : qde.cases()) {
            if (c.sourceGuids().contains(source.guid())) {
                all.addAll(c.values());
            }
        }
        all.addAll(source.values());
        Map<String, String> out = new HashMap<>();
        for (QdeProject.Value v : all) {
            Attribute a = attributes.get(v.variableGuid());
            if (a == null) {
                problems.add("source '" + source.name() + "': a value of an unknown variable " + v.variableGuid());
                continue;
            }
            Optional<String> canonical = a.type().canonical(v.value());
            if (canonical.isEmpty()) {
                problems.add("source '" + source.name() + "': variable '" + a.name() + "' must be "
                        + a.type().expectation() + ", got '" + v.value() + "'");
            } else if (!canonical.get().isBlank()) {
                out.put(a.name(), canonical.get());
            }
        }
        return out;
    }

    private String codebookId() {
        Set<String> ids = new HashSet<>();
        project.codebooks().codebooks().stream().map(Codebook::id).forEach(ids::add);
        String base = Codebooks.slug(qde.name().isBlank() ? "refi-qda" : qde.name());
        return CodeTree.unique(base, ids);
    }

    private List<Codings.ImportedCoding> codings(List<Text> texts, Placement.Result placement,
                                                          Map<String, Long> documentIds,
                                                          Map<String, Long> codeIds) {
        List<Codings.ImportedCoding> out = new ArrayList<>();
        for (Text t : texts) {
            for (QdeProject.Selection s : t.source().selections()) {
                Span span = placement.spans().get(s.guid());
                if (span == null) {
                    continue;
                }
                for (QdeProject.CodingRef k : s.codings()) {
                    Long code = codeIds.get(k.codeGuid());
                    if (code == null) {
                        warnings.add(describe(t.name(), s) + ": a coding with an unknown code " + k.codeGuid()
                                + " is not imported");
                        continue;
                    }
                    String coder = user(k.creatingUser()).or(() -> user(s.creatingUser()))
                            .or(() -> user(qde.creatingUser())).orElse(options.actor());
                    out.add(new Codings.ImportedCoding(documentIds.get(t.source().guid()), code, span,
                            coder, k.created() != null ? k.created() : s.created(), fresh(k.guid()).orElse(null)));
                }
            }
        }
        return out;
    }

    private Optional<String> user(String guid) {
        return Optional.ofNullable(guid).map(qde.users()::get).map(String::strip).filter(n -> !n.isBlank())
                .map(n -> n.length() > 100 ? n.substring(0, 100) : n);
    }

    /**
     * Notes attached to a code or a source (by a NoteRef, or a Link as ATLAS.ti writes), and descriptions of sources
     * and selections (some tools export memos so), as memos on codes and documents. A note attached to a selection
     * becomes a memo on the selection's document.
     */
    private List<PlannedMemo> memos(List<Text> texts) {
        Map<String, String> owner = new HashMap<>();
        Set<String> codes = new HashSet<>();
        collectCodes(qde.codes(), codes);
        codes.forEach(c -> owner.put(c, c));
        Map<String, Set<String>> attached = new LinkedHashMap<>();
        for (Text t : texts) {
            owner.put(t.source().guid(), t.source().guid());
            t.source().selections().forEach(s -> owner.put(s.guid(), t.source().guid()));
            t.source().noteRefs().forEach(n -> attach(attached, n, t.source().guid()));
            t.source().selections().forEach(s -> s.noteRefs().forEach(n -> attach(attached, n, t.source().guid())));
        }
        attachCodeNotes(qde.codes(), attached);
        for (QdeProject.Link l : qde.links()) {
            Optional.ofNullable(owner.get(l.targetGuid())).ifPresent(o -> attach(attached, l.originGuid(), o));
            Optional.ofNullable(owner.get(l.originGuid())).ifPresent(o -> attach(attached, l.targetGuid(), o));
        }
        List<PlannedMemo> out = new ArrayList<>();
        for (QdeProject.Note n : qde.notes()) {
            Set<String> targets = attached.getOrDefault(n.guid(), Set.of());
            if (targets.isEmpty()) {
                warnings.add("note '" + n.name() + "' passed over: it is attached to no code or imported source");
            }
            String author = user(n.creatingUser()).orElse(options.actor());
            String text = n.name().isBlank() || n.name().equals(QdeWriter.excerpt(n.text())) ? n.text()
                    : n.name() + "\n" + n.text();
            boolean first = true;
            for (String target : targets) {
                out.add(new PlannedMemo(target, author, text, first ? fresh(n.guid()).orElse(null) : null));
                first = false;
            }
        }
        for (Text t : texts) {
            String document = t.source().guid();
            Optional.ofNullable(t.source().description()).ifPresent(d -> out.add(new PlannedMemo(document,
                    options.actor(), d.strip(), null)));
            for (QdeProject.Selection s : t.source().selections()) {
                Optional.ofNullable(s.description()).ifPresent(d -> out.add(new PlannedMemo(document,
                        user(s.creatingUser()).orElse(options.actor()), "«" + shorten(s.name()) + "»: " + d.strip(),
                        null)));
            }
        }
        return out;
    }

    private static void attach(Map<String, Set<String>> attached, String note, String target) {
        attached.computeIfAbsent(note, k -> new LinkedHashSet<>()).add(target);
    }

    private static void collectCodes(List<QdeProject.CodeNode> codes, Set<String> out) {
        for (QdeProject.CodeNode c : codes) {
            if (c.guid() != null) {
                out.add(c.guid());
            }
            collectCodes(c.children(), out);
        }
    }

    private static void attachCodeNotes(List<QdeProject.CodeNode> codes, Map<String, Set<String>> attached) {
        for (QdeProject.CodeNode c : codes) {
            c.noteRefs().forEach(n -> attach(attached, n, c.guid()));
            attachCodeNotes(c.children(), attached);
        }
    }
}
