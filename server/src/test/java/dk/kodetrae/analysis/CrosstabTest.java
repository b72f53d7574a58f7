package dk.kodetrae.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.coding.CodingFilter;
import dk.kodetrae.corpus.GroupLabels;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-built project: the fixture transcripts (samarbejde: kommune A; mentor: B; english: C) and the small
 * codebook, coded by hand:
 * - samarbejde: sanktioner on "Sanktionen kom som et chok" (5 words, respondent) and on "sanktioner mere" (2 words,
 *   respondent, overlapping a third coding "ingen sanktioner" → union "ingen sanktioner mere" = 3 words);
 *   samarbejde-rehab on the interviewer's question (must not count by default).
 * - mentor: samarbejde on "Det var godt." (3 words, respondent).
 */
class CrosstabTest {
    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void code() {
        p = CodedFixture.open(dir);
        long sanktioner = CodedFixture.code(p, "sanktioner").id();
        long samarbejde = CodedFixture.code(p, "samarbejde").id();
        long rehab = CodedFixture.code(p, "samarbejde-rehab").id();
        long a = CodedFixture.document(p, "samarbejde").id();
        long b = CodedFixture.document(p, "mentor").id();
        p.codings().add(a, sanktioner, CodedFixture.find(p, "samarbejde", "Sanktionen kom som et chok"), "t");
        p.codings().add(a, sanktioner, CodedFixture.find(p, "samarbejde", "sanktioner mere"), "t");
        p.codings().add(a, sanktioner, CodedFixture.find(p, "samarbejde", "ingen sanktioner"), "t");
        p.codings().add(a, rehab, CodedFixture.find(p, "samarbejde", "tværfaglige samarbejde i rehabiliteringsteamet"), "t");
        p.codings().add(b, samarbejde, CodedFixture.find(p, "mentor", "Det var godt."), "t");
    }

    @AfterEach
    void close() {
        p.close();
    }

    private Crosstab.Table byKommune(boolean respondentOnly) {
        return p.crosstab().compute(new Crosstab.Request("lille", p.crosstab().groupsBy("kommune", GroupLabels.NONE), Map.of(),
                respondentOnly, false, "kommune", 1));
    }

    private static Crosstab.Row row(Crosstab.Table t, String key) {
        return t.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void passagesAndInterviews_rollUpIntoParents_respondentSpeechOnly() {
        Crosstab.Table t = byKommune(true);
        assertEquals(List.of("kommune = A", "kommune = B", "kommune = C"), t.groups().stream().map(Crosstab.GroupInfo::name).toList());
        assertEquals(List.of(3, 0, 0), row(t, "sanktioner").cells().stream().map(Crosstab.Cell::passages).toList());
        assertEquals(List.of(0, 1, 0), row(t, "samarbejde").cells().stream().map(Crosstab.Cell::passages).toList(),
                "the interviewer's coded question does not count");
        assertEquals(1, row(t, "samarbejde").total().interviews());
        assertEquals(4, t.total().total().passages());
    }

    @Test
    void allSpeakers_countsTheInterviewerToo_andRollsTheSubcodeUp() {
        Crosstab.Table t = byKommune(false);
        assertEquals(List.of(1, 1, 0), row(t, "samarbejde").cells().stream().map(Crosstab.Cell::passages).toList());
        assertEquals(1, row(t, "samarbejde-rehab").total().passages());
    }

    @Test
    void coverage_countsOverlappingWordsOnce_per10000RespondentWords() {
        Crosstab.Table t = byKommune(true);
        long wordsA = t.groups().get(0).respondentWords();
        assertEquals(10_000.0 * (5 + 3) / wordsA, row(t, "sanktioner").cells().get(0).coverage(), 1e-9);
        assertEquals(0.5 * 0 + 1.0, row(t, "sanktioner").cells().get(0).interviewShare(), 1e-12);
    }

    @Test
    void filters_restrictTheInterviews() {
        Crosstab.Table t = p.crosstab().compute(new Crosstab.Request("lille", p.crosstab().groupsBy("ressourceteam", GroupLabels.NONE),
                Map.of("kommune", Set.of("A", "B")), true, false, "kommune", 1));
        assertEquals(List.of(1, 1), t.groups().stream().map(Crosstab.GroupInfo::interviews).toList());
    }

    @Test
    void statistics_forTwoGroups_useFisherAndPermutation_andNoteTheClusters() {
        Crosstab.Table t = p.crosstab().compute(new Crosstab.Request("lille", p.crosstab().groupsBy("ressourceteam", GroupLabels.NONE),
                Map.of(), true, true, "kommune", 7));
        Crosstab.RowStats s = row(t, "sanktioner").stats();
        assertEquals("fisher", s.test());
        assertEquals(1.0, s.p(), 1e-12, "1 of 2 vs 0 of 1 interviews: Fisher's two-sided p is 1");
        assertTrue(s.permutationP() > 0 && s.permutationP() <= 1);
        assertTrue(t.caveats().stream().anyMatch(c -> c.text().contains("2 vs 1 clusters (different values of \"kommune\")")),
                t.caveats().toString());
        assertTrue(t.caveats().stream().anyMatch(c -> c.code().startsWith("compare.fewClusters")
                && c.params().get("clusters1").equals(2) && c.params().get("clusters2").equals(1)), t.caveats().toString());
    }

    @Test
    void statistics_forOneGroup_sayWhyNothingIsTested_inWordsAndAsACode() {
        Crosstab.Table t = p.crosstab().compute(new Crosstab.Request("lille", p.crosstab().groupsBy("kommune", GroupLabels.NONE).stream()
                .limit(1).toList(), Map.of(), true, true, "kommune", 7));
        Crosstab.RowStats s = row(t, "sanktioner").stats();
        assertEquals("one group: nothing to compare", s.note());
        assertEquals("compare.note.oneGroup", s.noteCode());
    }

    @Test
    void cooccurrence_countsCodesInTheSameUnit() {
        Crosstab.Cooccurrence c = p.crosstab().cooccurrence("lille", false, Map.of(), true);
        int s = c.keys().indexOf("sanktioner");
        assertEquals(2, c.units()[s][s], "two sentences carry sanktioner codings");
        assertEquals(1.0, c.jaccard()[s][s], 1e-12);
    }

    /**
     * Issue 18 §2: the rule of "sanktioner" codes two sentences of samarbejde; one is accepted, one stays unreviewed.
     * Each filter counts its own codings, and every filter shows the unreviewed one (and the samarbejde rule's) as
     * their own count.
     */
    @Test
    void codingFilter_decidesWhatCounts_andUnreviewedAutoCodingsAreCountedApart() {
        p.autoCoder().applyAll("lille", "regel");
        long sanktioner = CodedFixture.code(p, "sanktioner").id();
        List<Long> auto = p.autoCoder().autoCodings(CodedFixture.document(p, "samarbejde").id(), sanktioner);
        p.autoCoder().accept(List.of(auto.getFirst()), "ane");

        Map<CodingFilter, Integer> passages = new java.util.EnumMap<>(CodingFilter.class);
        for (CodingFilter f : CodingFilter.values()) {
            Crosstab.Table t = p.crosstab().compute(new Crosstab.Request("lille", p.crosstab().groupsBy("kommune", GroupLabels.NONE),
                    Map.of(), true, false, "kommune", 1, f));
            assertEquals(f, t.codings());
            passages.put(f, row(t, "sanktioner").cells().get(0).passages());
            assertEquals(1, row(t, "sanktioner").cells().get(0).unreviewed(), "whatever the filter, " + f.id());
            assertEquals(2, t.total().total().unreviewed(), "and the samarbejde rule's sentence, " + f.id());
        }
        assertEquals(Map.of(CodingFilter.MANUAL, 3, CodingFilter.REVIEWED, 4, CodingFilter.ALL, 5), passages,
                "three by hand, one accepted, one unreviewed");
        assertEquals(CodingFilter.REVIEWED, byKommune(true).codings(), "the default");
    }
}
