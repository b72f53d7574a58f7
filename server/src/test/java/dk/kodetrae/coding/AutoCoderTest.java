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
        assertTrue(codings.stream().allMatch(k -> k.origin() == Origin.AUTO && "sanktion".equals(k.ruleQuery())
                && k.ruleVersion() == 1));
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
        assertTrue(p.codings().forDocument(doc).stream().filter(k -> k.origin() == Origin.AUTO && k.codeId() == sanktioner)
                .allMatch(k -> k.ruleVersion() == 2 && k.ruleQuery().equals("chok")));
    }

    @Test
    void rejectedAutoCodings_stayRejected_andAcceptedOnesBecomeManual() {
        auto.apply(sanktioner, "ane");
        List<Long> ids = auto.autoCodings(doc, sanktioner);
        assertEquals(1, auto.reject(List.of(ids.get(0)), "bo"));
        assertEquals(1, auto.accept(List.of(ids.get(1)), "bo"));
        auto.apply(sanktioner, "ane");
        List<Coding> left = p.codings().forDocument(doc);
        assertEquals(1, left.size(), "the rejected one is not re-created, the accepted one not duplicated");
        assertEquals(Origin.MANUAL, left.getFirst().origin());
        assertEquals("bo", left.getFirst().coder());
    }
}
