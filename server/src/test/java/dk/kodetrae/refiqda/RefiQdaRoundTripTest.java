package dk.kodetrae.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.CodedFixture;
import dk.kodetrae.Fixtures;
import dk.kodetrae.codebook.Code;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.memo.Memos;
import dk.kodetrae.project.Project;
import dk.kodetrae.transcript.ImportOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kodetræ → .qdpx → Kodetræ gives the same documents, attributes, code tree, codings (offset for offset, across an
 * emoji and Danish letters) and memos; the exported XML validates against the standard's schemas.
 */
class RefiQdaRoundTripTest {
    @TempDir
    Path dir;

    private static void code(Project p, String document, String passage, String codeKey, String coder) {
        p.codings().add(CodedFixture.document(p, document).id(), CodedFixture.code(p, codeKey).id(),
                CodedFixture.find(p, document, passage), coder);
    }

    private static Project coded(Path dir) {
        Project p = CodedFixture.open(dir);
        code(p, "samarbejde", "det tværfaglige samarbejde fungerer godt", "samarbejde-rehab", "ane");
        code(p, "samarbejde", "ingen sanktioner mere 😊 Søren og Åse", "sanktioner", "ane");
        code(p, "samarbejde", "Søren og Åse", "samarbejde", "bo");
        code(p, "mentor", "mentor", "mentor", "bo");
        p.memos().add("code", CodedFixture.code(p, "sanktioner").id(), "ane", "Sanktioner som borgeren oplever dem.");
        p.memos().add("document", CodedFixture.document(p, "mentor").id(), "bo",
                "Et langt interview om mentorordningen, med mange pauser og en borger der gerne vil tale 😊 — mere end"
                        + " tres tegn.");
        return p;
    }

    @Test
    void exportAndReimport_giveTheSameProject() {
        byte[] exported;
        Snapshot before;
        try (Project a = coded(dir.resolve("a"))) {
            exported = RefiQda.exportProject(a, "Fixtur", "test");
            before = Snapshot.of(a);
        }
        assertEquals(List.of(), SchemaCheck.of(Qdpx.schema("Project.xsd")).problems(SchemaCheck.projectXml(exported)));
        try (Project b = Project.open(dir.resolve("b"), Fixtures.CLOCK)) {
            QdpxReport report = RefiQda.importFile(b, "fixtur.qdpx", exported, ImportOptions.defaults());
            assertEquals(Convention.CODE_POINTS, report.convention());
            assertEquals(4, report.codings());
            Snapshot after = Snapshot.of(b);
            assertEquals(before.documents(), after.documents());
            assertEquals(before.texts(), after.texts());
            assertEquals(before.attributes(), after.attributes());
            assertEquals(before.codes(), after.codes());
            assertEquals(before.codings(), after.codings());
            assertEquals(before.memos(), after.memos());
            assertEquals(before.guids(), after.guids(), "documents, codes, codings and memos keep their guids");
        }
    }

    @Test
    void aCodebookExport_validatesAgainstCodebookXsd_andReimportsAsTheSameTree() {
        byte[] qdc;
        List<String> before;
        try (Project a = coded(dir.resolve("a"))) {
            qdc = RefiQda.exportCodebook(a, "lille");
            before = Snapshot.of(a).codes();
        }
        assertEquals(List.of(), SchemaCheck.of(Qdpx.schema("Codebook.xsd")).problems(qdc));
        try (Project b = Project.open(dir.resolve("b"), Fixtures.CLOCK)) {
            RefiQda.importFile(b, "lille.qdc", qdc, ImportOptions.defaults());
            assertEquals(before, Snapshot.of(b).codes());
        }
    }

    @Test
    void reimportingIntoTheSameProject_isRefusedForItsDocuments_andChangesNothing() {
        try (Project a = coded(dir.resolve("a"))) {
            byte[] exported = RefiQda.exportProject(a, "Fixtur", "test");
            Snapshot before = Snapshot.of(a);
            RefiQdaException e = org.junit.jupiter.api.Assertions.assertThrows(RefiQdaException.class,
                    () -> RefiQda.importFile(a, "fixtur.qdpx", exported, ImportOptions.defaults()));
            assertTrue(e.problems().contains("source 'mentor': the project already has a document named 'mentor'"),
                    e.problems().toString());
            assertEquals(before.codes(), Snapshot.of(a).codes());
            assertEquals(1, a.codebooks().codebooks().size());
        }
    }

    /** A project's content in comparable form: names and paths instead of ids. */
    private record Snapshot(List<String> documents, Map<String, String> texts, List<String> attributes,
                            List<String> codes, List<String> codings, List<String> memos, List<String> guids) {
        static Snapshot of(Project p) {
            Map<Long, Code> byId = new HashMap<>();
            p.codebooks().allCodes().forEach(c -> byId.put(c.id(), c));
            Map<Long, String> names = new HashMap<>();
            Map<String, String> texts = new HashMap<>();
            List<String> documents = new java.util.ArrayList<>();
            for (Document d : p.corpus().documents()) {
                names.put(d.id(), d.name());
                texts.put(d.name(), p.corpus().text(d.id()));
                documents.add(d.name() + " " + d.attributes() + " " + d.language());
            }
            List<String> codes = p.codebooks().allCodes().stream().map(c -> path(byId, c) + " " + c.color() + " '"
                    + c.description() + "' label '" + c.label() + "' include '" + c.include() + "' exclude '"
                    + c.exclude() + "' example '" + c.example() + "'").toList();
            List<String> memos = p.memos().all().stream().map(Memos.Guided::memo).map(m -> m.targetType() + " "
                    + ("code".equals(m.targetType()) ? path(byId, byId.get(m.targetId())) : names.get(m.targetId()))
                    + " " + m.author() + ": " + m.text()).sorted().toList();
            List<String> guids = new java.util.ArrayList<>();
            p.corpus().guids().forEach((id, g) -> guids.add("document " + names.get(id) + " " + g));
            p.codebooks().codeGuids().forEach((id, g) -> guids.add("code " + path(byId, byId.get(id)) + " " + g));
            Guids.codings(p.store()).values().forEach(g -> guids.add("coding " + g));
            p.memos().all().forEach(m -> guids.add("memo " + m.guid()));
            guids.sort(null);
            return new Snapshot(documents, texts, p.corpus().attributes().stream().map(a -> a.name() + ":"
                    + a.type().id()).toList(), codes, InteropCheck.codings(p), memos, guids);
        }

        private static String path(Map<Long, Code> byId, Code c) {
            return c.parentId() == null ? c.name() : path(byId, byId.get(c.parentId())) + " / " + c.name();
        }
    }
}
