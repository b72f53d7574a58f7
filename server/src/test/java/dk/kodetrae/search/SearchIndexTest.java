package dk.kodetrae.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.corpus.Sentence;
import dk.kodetrae.corpus.SpeakerRole;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.corpus.StoredDocument;
import dk.kodetrae.corpus.Turn;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import dk.kodetrae.transcript.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void open() {
        project = Fixtures.importedProject(dir);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private SearchResult search(String query) {
        return project.index().search(SearchRequest.of(query));
    }

    private List<String> hitTexts(SearchResult r) {
        return r.hits().stream().map(Hit::hit).toList();
    }

    @Test
    void stem_findsItsInflections() {
        SearchResult r = search("sanktion");
        assertEquals(Set.of("sanktioner", "Sanktionen"), Set.copyOf(hitTexts(r)));
        assertEquals(Map.of("samarbejde", 3), r.perDocument());
    }

    @Test
    void phrase_matchesWordsInOrder_andHighlightsThePhraseAsOneMatch() {
        SearchResult r = search("\"tværfaglige samarbejde\"");
        assertEquals(2, r.total());
        assertEquals(List.of("tværfaglige samarbejde", "tværfaglige samarbejde"), hitTexts(r));
    }

    @Test
    void proximityWildcardAndBooleans_work() {
        assertEquals(1, search("\"samarbejde godt\"~3").total());
        assertEquals(0, search("\"samarbejde godt\"").total());
        assertEquals(List.of("rehabiliteringsteamet"), hitTexts(search("rehabiliteringsteam*")));
        assertEquals(2, search("mentor*").total());
        assertEquals(1, search("mentor* NOT betydet").total());
        assertEquals(5, search("sanktion OR mentor").total());
    }

    @Test
    void hit_offsetsPointIntoTheStoredText_withContextAroundThem() {
        Hit h = search("Åse").hits().getFirst();
        String text = project.corpus().text(h.documentId());
        Span m = h.matches().getFirst();
        assertEquals("Åse", text.substring(m.start(), m.end()));
        assertTrue(h.left().endsWith("😊 Søren og "), h.left());
        assertTrue(h.right().startsWith(" på jobcentret"), h.right());
        assertEquals(SpeakerRole.RESPONDENT, h.role());
        assertEquals("R", h.speaker());
    }

    @Test
    void kwicContext_staysInsideTheSpeakersTurn() {
        Hit h = project.index().search(SearchRequest.of("sanktion").withSpeaker(SpeakerRole.INTERVIEWER)).hits().getFirst();
        assertEquals("Hvad med ", h.left());
        assertEquals("?", h.right(), "no timestamp or tag of the next turn");
    }

    @Test
    void attributesSetAfterImport_filterAtOnce_andTheIndexStaysCurrent() {
        Importer.Source added = new Importer.Source("nyt.txt", "I: Hvordan gik det?\nR: Det gik godt.\n"
                .getBytes(StandardCharsets.UTF_8));
        Importer.Source manifest = new Importer.Source("kommuner.csv",
                "document,kommune\nnyt,C\nsamarbejde,B\n".getBytes(StandardCharsets.UTF_8));
        project.importSources(List.of(added), Optional.of(manifest), ImportOptions.defaults(), Importer.Progress.NONE);

        assertEquals(3, project.index().search(SearchRequest.of("sanktion")
                .withWhere(Map.of("kommune", Set.of("B")))).total());
        assertEquals(0, project.index().search(SearchRequest.of("sanktion")
                .withWhere(Map.of("kommune", Set.of("A")))).total());
        project.close();
        project = Project.open(dir);
        assertFalse(project.index().rebuiltOnOpen(), "the index reflects the newest store change");
        assertEquals(3, project.index().search(SearchRequest.of("sanktion")
                .withWhere(Map.of("kommune", Set.of("B")))).total());
    }

    @Test
    void documentsIndexedForAFailedStoreWrite_neverReachTheIndex() {
        String text = "R: Spøgelsesordet står kun her.";
        Span spoken = new Span(3, text.length());
        StoredDocument ghost = new StoredDocument(new Document(999, "spøgelse", "da", "hash", text.length(), Map.of()),
                text, List.of(new Turn(0, "R", SpeakerRole.RESPONDENT, null, 1, spoken)),
                List.of(new Sentence(0, 0, spoken)));
        assertThrows(IllegalStateException.class, () -> project.index().adding(onStored -> {
            onStored.accept(ghost);
            throw new IllegalStateException("the store's transaction failed");
        }));

        Importer.Source later = new Importer.Source("senere.txt", "I: Og så?\nR: Så gik det.\n"
                .getBytes(StandardCharsets.UTF_8));
        project.importSources(List.of(later), Optional.empty(), ImportOptions.defaults(), Importer.Progress.NONE);
        assertEquals(0, search("spøgelsesordet").total(), "not even after the next import's commit");
        assertEquals(1, search("gik").perDocument().getOrDefault("senere", 0));
    }

    @Test
    void countsOverAllHits_perDocumentInNameOrder_andPerAttributeValue() {
        List<Importer.Source> added = Stream.of("øster", "bakke", "ager").map(name -> new Importer.Source(
                name + ".txt", ("I: Hvordan var kaffepausen?\nR: Kaffepausen var lang, og " + name
                        + " holdt flere kaffepauser.\n").getBytes(StandardCharsets.UTF_8))).toList();
        Importer.Source manifest = new Importer.Source("kommuner.csv",
                "document,kommune\nøster,A\nbakke,B\nager,A\n".getBytes(StandardCharsets.UTF_8));
        project.importSources(added, Optional.of(manifest), ImportOptions.defaults(), Importer.Progress.NONE);

        SearchResult r = search("kaffepause");
        assertEquals(6, r.total(), "one interviewer and one respondent sentence per document");
        assertEquals(List.of("ager", "bakke", "øster"), List.copyOf(r.perDocument().keySet()));
        assertEquals(List.of(2, 2, 2), List.copyOf(r.perDocument().values()));
        assertEquals(Map.of("A", 4, "B", 2), r.perAttribute().get("kommune"));
    }

    @Test
    void filters_byAttributeAndSpeaker() {
        assertEquals(0, project.index().search(SearchRequest.of("sanktion")
                .withWhere(Map.of("kommune", Set.of("B")))).total());
        assertEquals(3, project.index().search(SearchRequest.of("sanktion")
                .withWhere(Map.of("kommune", Set.of("A", "B")))).total());
        SearchResult interviewer = project.index().search(SearchRequest.of("sanktion").withSpeaker(SpeakerRole.INTERVIEWER));
        assertEquals(List.of("sanktioner"), hitTexts(interviewer));
        assertEquals(Map.of("kommune", Map.of("A", 1), "ressourceteam", Map.of("ja", 1), "rolle", Map.of("borger", 1),
                "interviewdato", Map.of("2015-03-04", 1), "varighed", Map.of("62", 1)), interviewer.perAttribute());
    }

    @Test
    void englishDocuments_useTheEnglishAnalyzer() {
        SearchResult r = search("sanction");
        assertEquals(Set.of("sanctions", "sanctioned"), Set.copyOf(hitTexts(r)));
        assertEquals(Map.of("english", 2), r.perDocument());
    }

    @Test
    void markupInTranscripts_comesBackAsPlainText() {
        Hit h = search("alert").hits().getFirst();
        assertTrue(h.left().contains("<script>") || h.hit().equals("alert"), h.toString());
        String line = h.left() + h.hit() + h.right();
        assertTrue(line.contains("<script>alert(1)</script>"), line);
        assertFalse(line.contains("&lt;"), "no HTML escaping or markup is added: the page inserts text as text");
    }

    @Test
    void turnUnits_highlightMatchesBeyondTheHighlightersDefault10000Characters() {
        StringBuilder long1 = new StringBuilder("I: Fortæl om dit forløb.\n\nR: ");
        while (long1.length() < 65_000) {
            long1.append("Vi talte om praktik og om helbredet og om familien igen og igen. ");
        }
        long1.append("Til sidst nævnte hun mentorordningen.\n");
        Path file = dir.resolve("lang.txt");
        try {
            Files.writeString(file, long1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        project.importPaths(List.of(file), Optional.empty(), ImportOptions.defaults(), Importer.Progress.NONE);
        SearchResult r = project.index().search(SearchRequest.of("mentorordning*").withUnit(Unit.TURN));
        Hit h = r.hits().getFirst();
        assertEquals("mentorordningen", h.hit());
        assertTrue(h.matches().getFirst().start() > 60_000, "match at " + h.matches().getFirst());
    }

    @Test
    void hits_nameTheirUnitBySeq_whichLeadsBackToTheUnitInTheStore() {
        SearchRequest request = SearchRequest.of("").withOrder(SearchRequest.Order.DOCUMENT).withPage(0, 100);
        List<Hit> sentences = project.index().search(request).hits();
        List<Hit> turns = project.index().search(request.withUnit(Unit.TURN)).hits();
        assertTrue(sentences.size() > 5 && turns.size() > 5, sentences.size() + " and " + turns.size());
        for (Hit h : sentences) {
            assertEquals(project.corpus().sentences(h.documentId()).get(h.unitSeq()).span(), h.unitSpan());
        }
        for (Hit h : turns) {
            var turn = project.corpus().turns(h.documentId()).get(h.unitSeq());
            assertEquals(turn.span(), h.unitSpan());
            assertEquals(turn.speaker(), h.speaker());
            assertEquals(turn.role(), h.role());
        }
    }

    @Test
    void paging_returnsConsecutiveSlicesOfTheSameOrder() {
        SearchRequest all = SearchRequest.of("").withOrder(SearchRequest.Order.DOCUMENT).withPage(0, 100);
        List<Hit> every = project.index().search(all).hits();
        List<Hit> second = project.index().search(all.withPage(5, 5)).hits();
        assertEquals(every.subList(5, 10).stream().map(SearchIndexTest::unitKey).toList(),
                second.stream().map(SearchIndexTest::unitKey).toList());
        assertEquals(every.size(), project.index().search(all).total());
    }

    @Test
    void badQuery_isExplained() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search("\"tværfagligt samarbejde"));
        assertTrue(e.getMessage().startsWith("cannot read the query '\"tværfagligt samarbejde'"), e.getMessage());
    }

    @Test
    void index_agreesWithTheStore() {
        int sentences = 0;
        int turns = 0;
        for (var d : project.corpus().documents()) {
            sentences += project.corpus().sentences(d.id()).size();
            turns += project.corpus().turns(d.id()).size();
        }
        assertEquals(Map.of(Unit.SENTENCE, sentences, Unit.TURN, turns), project.index().unitCounts());
    }

    @Test
    void staleIndex_isRebuiltOnOpen() throws IOException {
        project.close();
        Path copy = dir.resolve("index-before-import");
        copyTree(dir.resolve("index"), copy);
        project = Project.open(dir, Fixtures.CLOCK);
        assertFalse(project.index().rebuiltOnOpen());
        project.importPaths(List.of(writeTranscript("ny.txt", "I: Og så?\n\nR: Så kom sagsbehandleren.\n")),
                Optional.empty(), ImportOptions.defaults(), Importer.Progress.NONE);
        project.close();
        deleteTree(dir.resolve("index"));
        copyTree(copy, dir.resolve("index"));

        project = Project.open(dir, Fixtures.CLOCK);
        assertTrue(project.index().rebuiltOnOpen());
        assertEquals(1, search("sagsbehandleren").total());
    }

    @Test
    void corruptIndex_isRebuiltOnOpen() throws IOException {
        project.close();
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        project = Project.open(dir, Fixtures.CLOCK);
        assertTrue(project.index().rebuiltOnOpen());
        assertEquals(3, search("sanktion").total());
    }

    @Test
    void indexWithADamagedSegment_isRebuiltOnOpen() throws IOException {
        project.close();
        List<Path> segments;
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            segments = files.filter(f -> f.getFileName().toString().endsWith(".cfs")).toList();
        }
        assertFalse(segments.isEmpty(), "the fixture's index keeps its segments in compound files");
        for (Path f : segments) {
            Files.write(f, new byte[] {1, 2, 3});
        }
        project = Project.open(dir, Fixtures.CLOCK);
        assertTrue(project.index().rebuiltOnOpen());
        assertEquals(3, search("sanktion").total());
    }

    private Path writeTranscript(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(path);
    }

    private static String unitKey(Hit h) {
        return h.documentId() + ":" + h.unitSeq();
    }
}
