package dk.kodetrae.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coding filter: its SQL condition and its predicate pick the same codings, and rejected ones never. */
class CodingFilterTest {
    @TempDir
    Path dir;

    @Test
    void sqlAndPredicate_agree_onManualImportedAcceptedUnreviewedAndRejectedCodings() {
        try (Project p = CodedFixture.open(dir)) {
            long doc = CodedFixture.document(p, "samarbejde").id();
            long sanktioner = CodedFixture.code(p, "sanktioner").id();
            AutoCoder auto = p.autoCoder();
            auto.apply(sanktioner, "ane");
            auto.apply(CodedFixture.code(p, "samarbejde").id(), "ane");
            List<Long> autos = auto.autoCodings(doc, null);
            auto.accept(List.of(autos.get(0)), "bo");
            auto.reject(List.of(autos.get(1)), "bo");
            Coding manual = p.codings().add(doc, sanktioner, new Span(0, 9), "ane");
            Coding imported = p.codings().addImported("NVivo", List.of(new Codings.ImportedCoding(doc, sanktioner,
                    new Span(3, 14), "Karen", "2024-05-01T10:00:00Z")), "ane").getFirst();
            List<Coding> every = p.store().read(c -> CodingRows.selectAll(c, "1 = 1"));
            for (CodingFilter filter : CodingFilter.values()) {
                Set<Long> bySql = p.store().read(c -> CodingRows.selectAll(c, filter.where()))
                        .stream().map(Coding::id).collect(Collectors.toSet());
                Set<Long> byPredicate = every.stream().filter(filter::admits).map(Coding::id).collect(Collectors.toSet());
                assertEquals(byPredicate, bySql, filter.id());
                assertTrue(bySql.contains(manual.id()) && bySql.contains(imported.id()), filter.id());
                assertTrue(!bySql.contains(autos.get(1)), filter + " never counts a rejected coding");
            }
            assertEquals(Set.of(manual.id(), imported.id()), every.stream().filter(CodingFilter.MANUAL::admits)
                    .map(Coding::id).collect(Collectors.toSet()));
            assertTrue(CodingFilter.REVIEWED.admits(p.codings().get(autos.get(0)).orElseThrow()));
            assertTrue(!CodingFilter.REVIEWED.admits(p.codings().get(autos.get(2)).orElseThrow()));
            assertTrue(CodingFilter.ALL.admits(p.codings().get(autos.get(2)).orElseThrow()));
        }
    }

    @Test
    void of_readsTheApiNames_defaultsToReviewed_andRefusesOthersNamingThem() {
        assertEquals(CodingFilter.MANUAL, CodingFilter.of("manual"));
        assertEquals(CodingFilter.ALL, CodingFilter.of(" ALL "));
        assertEquals(CodingFilter.REVIEWED, CodingFilter.of(null));
        assertEquals("k.review IN ('none', 'accepted')", CodingFilter.REVIEWED.where("k"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CodingFilter.of("auto"));
        assertEquals("coding filter must be one of manual, reviewed, all, got 'auto'", e.getMessage());
    }
}
