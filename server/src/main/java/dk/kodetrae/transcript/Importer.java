package dk.kodetrae.transcript;

import dk.kodetrae.corpus.Attribute;
import dk.kodetrae.corpus.Corpus;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.NewDocument;
import dk.kodetrae.corpus.StoredDocument;
import dk.kodetrae.message.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports transcripts into a corpus, all or nothing: every file is read, normalised and parsed, and the manifest
 * checked, before anything is written; any problem refuses the whole import with an {@link ImportException}
 * naming each file and line. The write itself is one transaction.
 */
public final class Importer {
    private final Corpus corpus;
    private final ImportOptions options;
    private final TranscriptParser parser;
    private final Consumer<StoredDocument> onStored;

    public Importer(Corpus corpus, ImportOptions options) {
        this(corpus, options, stored -> { });
    }

    /** An importer that hands each document to {@code onStored} as it is written (see {@link Corpus#add}). */
    public Importer(Corpus corpus, ImportOptions options, Consumer<StoredDocument> onStored) {
        this.corpus = corpus;
        this.options = options;
        this.parser = new TranscriptParser(options.speakerTags(), SentenceSplitter.danish());
        this.onStored = onStored;
    }

    /**
     * Starts loading the sentence model on a background thread, so that a command that will import soon loads it
     * while it opens its project and reads its files. A model that cannot be loaded fails the import as before, when
     * the import reaches for it. The language model (0.7 s to load on a cold JVM) is not loaded ahead: Danish and
     * English transcripts never need it ({@link LanguageGuesser}).
     */
    public static void loadModelsInBackground() {
        Thread.ofPlatform().name("kodetrae-models").daemon().start(() -> {
            try {
                SentenceSplitter.danish();
            } catch (RuntimeException | LinkageError e) {
                // The import that needs the model meets the same failure, and reports it.
            }
        });
    }

    /** One input: a display name (the path as the user gave it, or an upload's file name) and its bytes. */
    public record Source(String name, byte[] bytes) {
    }

    /** Reports progress as files are parsed. */
    @FunctionalInterface
    public interface Progress {
        void parsed(int done, int total, String file);

        Progress NONE = (done, total, file) -> { };
    }

    /** Imports files and folders (their .txt, .md, .docx and .pdf files) with an optional manifest. */
    public ImportReport importPaths(List<Path> inputs, Optional<Path> manifest, Progress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Path input : inputs) {
            collect(input, sources, skipped, problems);
        }
        Optional<Source> manifestSource = manifest.flatMap(m -> readManifest(m, problems));
        failIfAny(problems);
        return importSources(sources, manifestSource, skipped, progress);
    }

    /** Imports already-read sources (e.g. an upload) with an optional manifest source. */
    public ImportReport importSources(List<Source> sources, Optional<Source> manifest, List<String> skipped,
                                      Progress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        // Parsing (sentence detection above all) is the costly part and each file is independent: use every core.
        AtomicLong chars = new AtomicLong();
        List<Outcome> outcomes = sources.parallelStream().map(s -> {
            Outcome o = parse(s, chars);
            progress.parsed(done.incrementAndGet(), sources.size(), s.name());
            return o;
        }).toList();
        for (Outcome o : outcomes) {
            o.parsed().ifPresent(p -> {
                parsed.add(p);
                warnings.addAll(p.transcript().warnings());
            });
            o.problem().ifPresent(problems::add);
        }
        if (sources.isEmpty()) {
            problems.add(ImportProblem.of("(input)", 0, "import.nothing",
                    "no " + FileKind.READ_ENDINGS.replace(" or ", ", ") + " files to import",
                    "endings", FileKind.READ_ENDINGS));
        }
        List<Document> existing = corpus.documents();
        checkDuplicates(parsed, existing, problems);
        Manifest.Resolved resolved = manifest.map(m -> resolveManifest(m, parsed, existing)).orElse(null);
        if (resolved != null) {
            problems.addAll(resolved.problems());
        }
        failIfAny(problems);
        return store(parsed, resolved, skipped, warnings);
    }

    /**
     * Reads, normalises and parses sources for an importer of another format (REFI-QDA) that stores them itself:
     * each text exactly as this importer would store it, with its turns, sentences and language, in the order
     * given. Nothing is stored; a source that cannot be read refuses them all with an {@link ImportException}.
     */
    public List<NewDocument> prepare(List<Source> sources) {
        AtomicLong chars = new AtomicLong();
        List<Outcome> outcomes = sources.parallelStream().map(s -> parse(s, chars)).toList();
        failIfAny(outcomes.stream().flatMap(o -> o.problem().stream()).toList());
        return outcomes.stream().map(o -> o.parsed().orElseThrow()).map(p -> new NewDocument(p.name(), p.source(),
                p.text(), p.language(), p.hash(), Map.of(), p.transcript().turns(), p.transcript().sentences()))
                .toList();
    }

    private ImportReport store(List<Parsed> parsed, Manifest.Resolved manifest, List<String> skipped,
                               List<ImportProblem> warnings) {
        Map<String, Map<String, String>> values = manifest == null ? Map.of() : manifest.values();
        Set<String> importedNames = parsed.stream().map(p -> p.name()).collect(Collectors.toSet());
        List<NewDocument> documents = new ArrayList<>();
        for (Parsed p : parsed) {
            Map<String, String> attrs = values.getOrDefault(p.name(), Map.of());
            if (manifest != null && !values.containsKey(p.name())) {
                warnings.add(ImportProblem.of(p.source(), 0, "manifest.notListed", "not listed in the manifest: no attributes"));
            }
            documents.add(new NewDocument(p.name(), p.source(), p.text(), p.language(), p.hash(), attrs,
                    p.transcript().turns(), p.transcript().sentences()));
        }
        Map<String, Map<String, String>> forExisting = new HashMap<>(values);
        forExisting.keySet().removeAll(importedNames);
        List<Attribute> newAttributes = manifest == null ? List.of() : manifest.newAttributes();
        corpus.add(documents, newAttributes, forExisting, options.actor(), onStored);
        int attributeValues = values.values().stream().mapToInt(Map::size).sum();
        return new ImportReport(documents.stream().map(NewDocument::name).toList(),
                documents.stream().mapToInt(d -> d.turns().size()).sum(),
                documents.stream().mapToInt(d -> d.sentences().size()).sum(),
                attributeValues, skipped, warnings);
    }

    private Manifest.Resolved resolveManifest(Source m, List<Parsed> parsed, List<Document> existing) {
        Set<String> known = new HashSet<>();
        parsed.forEach(p -> known.add(p.name()));
        existing.forEach(d -> known.add(d.name()));
        Map<String, Attribute> attributes = corpus.attributes().stream()
                .collect(Collectors.toMap(Attribute::name, Function.identity()));
        return Manifest.resolve(m.name(), m.bytes(), known, attributes);
    }

    private static void checkDuplicates(List<Parsed> parsed, List<Document> existing, List<ImportProblem> problems) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        existing.forEach(d -> {
            names.put(d.name(), "the project");
            hashes.put(d.contentHash(), "document '" + d.name() + "' already in the project");
        });
        for (Parsed p : parsed) {
            String nameOwner = names.putIfAbsent(p.name(), p.source());
            if (nameOwner != null) {
                problems.add(ImportProblem.of(p.source(), 0, "import.duplicateName", "duplicate document name '"
                        + p.name() + "' (also in " + nameOwner + ")", "document", p.name(), "other", nameOwner));
                continue;
            }
            String hashOwner = hashes.putIfAbsent(p.hash(), p.source());
            if (hashOwner != null) {
                problems.add(ImportProblem.of(p.source(), 0, "import.duplicateText",
                        "duplicate: same text as " + hashOwner, "other", hashOwner));
            }
        }
    }

    /** A parsed file, or the problem that kept it from being parsed. */
    private record Outcome(Optional<Parsed> parsed, Optional<ImportProblem> problem) {
        static Outcome of(Parsed p) {
            return new Outcome(Optional.of(p), Optional.empty());
        }

        static Outcome failed(ImportProblem problem) {
            return new Outcome(Optional.empty(), Optional.of(problem));
        }
    }

    private Outcome parse(Source s, AtomicLong importChars) {
        if (s.bytes().length > options.maxFileBytes()) {
            return Outcome.failed(ImportProblem.of(s.name(), 0, "import.tooLarge",
                    "too large: " + s.bytes().length + " bytes, the limit is " + options.maxFileBytes() + " bytes",
                    "bytes", s.bytes().length, "limit", options.maxFileBytes()));
        }
        String fileName = Path.of(s.name()).getFileName().toString();
        try {
            String text = TextNormaliser.normalise(SourceFile.read(fileName, s.bytes()));
            ImportLimits.checkChars(text.length());
            ImportLimits.checkImportChars(importChars.addAndGet(text.length()));
            var transcript = parser.parse(s.name(), text);
            ImportLimits.checkUnits(transcript.turns().size(), transcript.sentences().size());
            return Outcome.of(new Parsed(SourceFile.documentName(fileName), s.name(), text,
                    LanguageGuesser.guess(text), EditedTranscript.hash(text), transcript));
        } catch (SourceFile.UnreadableFile e) {
            return Outcome.failed(e.problemOf(s.name()));
        }
    }

    private void collect(Path input, List<Source> sources, List<String> skipped, List<ImportProblem> problems) {
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    FileKind kind = kindOf(f);
                    if (kind.reading() != FileKind.Reading.REFUSED) {
                        readInto(f, sources, problems);
                    } else {
                        skipped.add(f + " (" + kind.refusal().text() + ")");
                    }
                }
            } catch (IOException e) {
                problems.add(new ImportProblem(input.toString(), 0, "cannot list folder: " + e.getMessage()));
            }
        } else if (!Files.exists(input)) {
            problems.add(new ImportProblem(input.toString(), 0, "no such file or folder"));
        } else {
            FileKind kind = kindOf(input);
            if (kind.reading() == FileKind.Reading.REFUSED) {
                Message why = kind.refusal();
                problems.add(new ImportProblem(input.toString(), 0, why.text(), why.code(), why.params()));
            } else {
                readInto(input, sources, problems);
            }
        }
    }

    /**
     * What a file is, from its first bytes and its name: a large video is refused as a video, not as too large. A
     * file that cannot be opened is left for {@link #readInto} to report.
     */
    private static FileKind kindOf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return FileKind.of(file.getFileName().toString(), in.readNBytes(FileKind.HEAD_BYTES));
        } catch (IOException e) {
            return FileKind.of(file.getFileName().toString(), new byte[0]);
        }
    }

    private void readInto(Path file, List<Source> sources, List<ImportProblem> problems) {
        try {
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                problems.add(new ImportProblem(file.toString(), 0, "too large: " + size
                        + " bytes, the limit is " + options.maxFileBytes() + " bytes"));
                return;
            }
            sources.add(new Source(file.toString(), Files.readAllBytes(file)));
        } catch (IOException e) {
            problems.add(new ImportProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
    }

    private static Optional<Source> readManifest(Path manifest, List<ImportProblem> problems) {
        try {
            return Optional.of(new Source(manifest.toString(), Files.readAllBytes(manifest)));
        } catch (IOException e) {
            problems.add(new ImportProblem(manifest.toString(), 0, "cannot read manifest: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static void failIfAny(List<ImportProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    private record Parsed(String name, String source, String text, String language, String hash,
                          TranscriptParser.ParsedTranscript transcript) {
    }
}
