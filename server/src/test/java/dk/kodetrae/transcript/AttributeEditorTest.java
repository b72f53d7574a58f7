package dk.kodetrae.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import dk.kodetrae.corpus.AttributeType;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchRequest;
import dk.kodetrae.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attributes changed after import: checked as the import's manifest is, all or nothing, in the change log, and
 * seen at once by the search filters. The fixture project's manifest gives samarbejde kommune A, mentor B,
 * english C; samarbejde has hits for "sanktion".
 */
class AttributeEditorTest {
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

    private Map<String, String> attributes(String document) {
        return project.corpus().documentNamed(document).map(Document::attributes).orElseThrow();
    }

    private AttributeEdit set(String document, String name, String value) {
        return project.editAttributes("tester", e -> e.set(document, name, value));
    }

    private AttributeEdit apply(String csv) {
        return project.editAttributes("tester",
                e -> e.apply(new Importer.Source("rettelser.csv", csv.getBytes(StandardCharsets.UTF_8))));
    }

    private int hitsIn(String kommune) {
        return project.index().search(SearchRequest.of("sanktion").withWhere(Map.of("kommune", Set.of(kommune))))
                .total();
    }

    @Test
    void set_changesOneValue_andTheSearchFilterFollowsAtOnce() {
        int inA = hitsIn("A");
        assertTrue(inA > 0);
        AttributeEdit edit = set("samarbejde", "kommune", "Åbenrå");

        assertEquals(new AttributeEdit(List.of("samarbejde"), 1, List.of()), edit);
        assertEquals("Åbenrå", attributes("samarbejde").get("kommune"));
        assertEquals("ja", attributes("samarbejde").get("ressourceteam"), "the other values stay");
        assertEquals(0, hitsIn("A"));
        assertEquals(inA, hitsIn("Åbenrå"));
    }

    @Test
    void set_writesTheCanonicalValueOfTheAttributesType_andLogsTheChange() {
        set("mentor", "varighed", " 50,5 ");
        set("mentor", "ressourceteam", "yes");

        assertEquals("50.5", attributes("mentor").get("varighed"));
        assertEquals("ja", attributes("mentor").get("ressourceteam"));
        Store.LoggedChange last = project.store().recentChanges(1).getFirst();
        assertEquals(List.of("tester", "set-attributes", "document", "mentor: {ressourceteam=ja}"),
                List.of(last.actor(), last.action(), last.entity(), last.detail()));
    }

    @Test
    void set_refusesAValueOfTheWrongType_namingDocumentAttributeAndValue_andChangesNothing() {
        long before = project.store().lastChange("document", "attribute");
        ImportException e = assertThrows(ImportException.class, () -> set("mentor", "interviewdato", "i går"));

        assertEquals("attribute change refused, nothing was changed", e.explanation().text());
        assertEquals("attributes.refused", e.explanation().code());
        assertEquals("mentor: attribute 'interviewdato' must be a date yyyy-mm-dd, got 'i går'",
                e.problems().getFirst().toString());
        assertEquals("2015-03-05", attributes("mentor").get("interviewdato"));
        assertEquals(before, project.store().lastChange("document", "attribute"));
    }

    @Test
    void set_refusesUnknownDocumentsAndBadNames() {
        ImportException unknown = assertThrows(ImportException.class, () -> set("findes-ikke", "kommune", "A"));
        assertEquals("findes-ikke: unknown document 'findes-ikke'", unknown.problems().getFirst().toString());
        ImportException badName = assertThrows(ImportException.class, () -> set("mentor", "1 kommune", "A"));
        assertTrue(badName.getMessage().contains("an attribute name starts with a letter"), badName.getMessage());
        ImportException wrongType = assertThrows(ImportException.class, () -> set("mentor", "varighed:date", "2015-01-01"));
        assertTrue(wrongType.getMessage().contains("attribute 'varighed' is of type number in the project, not date"),
                wrongType.getMessage());
    }

    @Test
    void set_createsATypedAttribute_andABlankValueRemovesOne() {
        AttributeEdit created = set("english", "alder:number", "42");
        assertEquals(List.of("alder"), created.newAttributes());
        assertEquals(AttributeType.NUMBER, project.corpus().attributes().stream()
                .filter(a -> a.name().equals("alder")).findFirst().orElseThrow().type());

        set("english", "rolle", "");
        assertEquals(Set.of("kommune", "ressourceteam", "interviewdato", "varighed", "alder"),
                attributes("english").keySet());
        assertThrows(ImportException.class, () -> set("english", "findes-ikke", ""));
    }

    @Test
    void apply_setsValuesOfManyDocuments_leavingBlankCellsAlone() {
        int inAOrB = hitsIn("A") + hitsIn("B");
        AttributeEdit edit = apply("""
                document,kommune,uddannelse
                samarbejde,B,
                mentor,B,faglært
                """);

        assertEquals(new AttributeEdit(List.of("mentor", "samarbejde"), 3, List.of("uddannelse")), edit);
        assertEquals(Map.of("kommune", "B", "uddannelse", "faglært"),
                attributes("mentor").entrySet().stream().filter(v -> Set.of("kommune", "uddannelse").contains(v.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals("B", attributes("samarbejde").get("kommune"));
        assertTrue(!attributes("samarbejde").containsKey("uddannelse"));
        assertEquals(inAOrB, hitsIn("B"));
    }

    @Test
    void apply_isAllOrNothing_listingEveryProblemWithItsLine() {
        long before = project.store().lastChange("document", "attribute");
        ImportException e = assertThrows(ImportException.class, () -> apply("""
                document,kommune,varighed
                samarbejde,D,70
                mentor,D,lang
                ukendt,D,10
                """));

        assertEquals(List.of("rettelser.csv line 3: attribute 'varighed' must be a number, got 'lang'",
                        "rettelser.csv line 4: unknown document 'ukendt' (neither imported now nor already in the project)"),
                e.problems().stream().map(ImportProblem::toString).sorted().toList());
        assertEquals("A", attributes("samarbejde").get("kommune"), "the valid row was not applied either");
        assertEquals(before, project.store().lastChange("document", "attribute"));
    }
}
