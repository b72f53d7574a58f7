package dk.kodetrae.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.codebook.CodeEdit;
import dk.kodetrae.codebook.Rule;
import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoCoderTest {
    @TempDir
    Path dir;
    Project p;
    AutoCoder auto;
    long sanktioner;
    long doc;

    @BeforeEach
    void open() {
        p = CodedFixture.open(dir);
        auto = p.autoCoder();
        sanktioner = CodedFixture.code(p, "sanktioner").id();
        doc = CodedFixture.document(p, "samarbejde").id();
    }

    @AfterEach
    void close() {
        p.close();
    }

    private List<String> coded(long codeId) {
        String text = p.corpus().text(doc);
        return p.codings().forDocument(doc).stream().filter(k -> k.codeId() == codeId)
                .map(k -> text.substring(k.span().start(), k.span().end())).toList();
    }

    @Test
    void preview_showsWhatTheRuleWouldCode_withoutWriting() {
        AutoCoder.Preview preview = auto.preview(sanktioner);
        assertEquals(2, preview.total(), "respondent sentences only: the interviewer's question is not coded");
        assertEquals(Map.of("samarbejde", 2), preview.perDocument());
        assertEquals("Sanktionen kom som et chok for mig.", preview.sample().getFirst().text());
        assertEquals(List.of(), p.codings().forDocument(doc));
    }

    @Test
    void apply_codesWholeUnitsAsAuto_andIsIdempotent() {
        assertEquals(new AutoCoder.Result(sanktioner, "Sanktioner", 2, 0, 0), auto.apply(sanktioner, "ane"));
        assertEquals(new AutoCoder.Result(sanktioner, "Sanktioner", 0, 0, 2), auto.apply(sanktioner, "ane"));
        List<Coding> codings = p.codings().forDocument(doc);
        assertTrue(codings.stream().allMatch(k -> k.origin().equals(new Origin.Auto("sanktion", 1))
                && k.review().equals(Review.UNREVIEWED) && k.coder().equals("ane")), codings.toString());
        assertEquals(List.of("Sanktionen kom som et chok for mig.",
                "Nu er der ingen sanktioner mere 😊 Søren og Åse på jobcentret er enige om, at det var en fejl."),
                coded(sanktioner));
    }

    @Test
    void changedRule_updatesOnlyThatCodesAutoCodings_andNeverManualOnes() {
        long samarbejde = CodedFixture.code(p, "samarbejde").id();
        auto.apply(sanktioner, "ane");
        auto.apply(samarbejde, "ane");
        Span manual = CodedFixture.find(p, "samarbejde", "chok");
        p.codings().add(doc, sanktioner, manual, "bo");

        p.codebooks().edit(sanktioner, CodeEdit.newRule(new Rule("chok", "sentence", "respondent")), "ane");
        AutoCoder.Result r = auto.apply(sanktioner, "ane");

        assertEquals(0, r.added(), "the chok sentence was already auto-coded");
        assertEquals(1, r.removed());
        assertEquals(List.of("Sanktionen kom som et chok for mig.", "chok"), coded(sanktioner));
        assertEquals(1, coded(samarbejde).size(), "another code's auto codings are untouched");
        assertTrue(p.codings().forDocument(doc).stream()
                .filter(k -> k.origin() instanceof Origin.Auto && k.codeId() == sanktioner)
                .allMatch(k -> k.origin().equals(new Origin.Auto("chok", 2))));
    }

    @Test
    void accepting_keepsTheAutoOriginAndItsRule_andNamesWhoAcceptedItWhen() {
        auto.apply(sanktioner, "ane");
        List<Long> ids = auto.autoCodings(doc, sanktioner);
        assertEquals(1, auto.reject(List.of(ids.get(0)), "bo"));
        assertEquals(1, auto.accept(List.of(ids.get(1)), "bo"));
        auto.apply(sanktioner, "ane");
        List<Coding> left = p.codings().forDocument(doc);
        assertEquals(1, left.size(), "the rejected one is not re-created, the accepted one not duplicated");
        Coding accepted = left.getFirst();
        assertEquals(new Origin.Auto("sanktion", 1), accepted.origin(), "still an auto coding, with its rule");
        assertEquals("ane", accepted.coder(), "who applied the rule is kept");
        assertTrue(accepted.review() instanceof Review.Accepted a && a.reviewer().equals("bo")
                && !java.time.Instant.parse(a.reviewedAt()).isBefore(java.time.Instant.parse(accepted.created())),
                accepted.review().toString());
        assertEquals(List.of(), auto.autoCodings(doc, sanktioner), "nothing left to review");
    }

    @Test
    void aChangedRule_leavesAcceptedCodingsAsTheOldRuleMadeThem() {
        auto.apply(sanktioner, "ane");
        long first = auto.autoCodings(doc, sanktioner).getFirst();
        long second = auto.autoCodings(doc, sanktioner).get(1);
        auto.accept(List.of(second), "bo");
        p.codebooks().edit(sanktioner, CodeEdit.newRule(new Rule("chok", "sentence", "respondent")), "ane");
        auto.apply(sanktioner, "ane");
        Coding kept = p.codings().get(second).orElseThrow();
        assertEquals(new Origin.Auto("sanktion", 1), kept.origin(), "the rule as applied when it was accepted");
        assertEquals(new Origin.Auto("chok", 2), p.codings().get(first).orElseThrow().origin(),
                "an unreviewed coding the new rule still makes names the new rule");
    }

    @Test
    void rejecting_hidesTheCoding_butKeepsItsOriginAndTheDecision() {
        auto.apply(sanktioner, "ane");
        long id = auto.autoCodings(doc, sanktioner).getFirst();
        auto.reject(List.of(id), "bo");
        assertTrue(p.codings().get(id).isEmpty(), "hidden everywhere");
        Coding rejected = p.store().read(c -> CodingRows.selectAll(c, "id = ?", id)).getFirst();
        assertEquals(new Origin.Auto("sanktion", 1), rejected.origin());
        assertEquals("bo", rejected.review().reviewer());
        assertEquals("rejected", rejected.review().state());
    }
}
