package dk.kodetrae.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.Fixtures;
import dk.kodetrae.corpus.Document;
import dk.kodetrae.project.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document row deleted by hand with SQLite, behind Kodetræ's back, once made every search that hit its units fail
 * with ArrayIndexOutOfBoundsException (a 500) until a reindex. The store's generation tells the index it is behind.
 */
class StoreChangedBehindIndexTest {
    @TempDir
    Path dir;

    private static void deleteByHand(Path database, long documentId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             PreparedStatement p = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
            p.setLong(1, documentId);
            assertEquals(1, p.executeUpdate());
        }
    }

    @Test
    void rowDeletedByHandWhileOpen_searchCatchesUpInsteadOfFailing() throws Exception {
        try (Project p = Fixtures.importedProject(dir)) {
            Document last = p.corpus().documents().stream().max(Comparator.comparingLong(Document::id)).orElseThrow();
            String word = "sundhedskoordinatoren";
            boolean inLast = p.corpus().text(last.id()).contains(word);
            int before = p.index().search(SearchRequest.of("sanktion")).total();

            deleteByHand(p.directory().resolve(Project.DATABASE), last.id());

            SearchResult after = p.index().search(SearchRequest.of("sanktion"));
            assertTrue(after.hits().stream().noneMatch(h -> h.documentId() == last.id()), after.hits().toString());
            assertTrue(after.total() <= before);
            if (inLast) {
                assertEquals(0, p.index().search(SearchRequest.of(word)).total());
            }
            int turns = p.corpus().unitCounts().values().stream().mapToInt(u -> u.turns()).sum();
            assertEquals(turns, p.index().unitCounts().get(Unit.TURN), "the index was rebuilt from the store");
        }
    }

    @Test
    void rowDeletedByHandWhileClosed_theIndexIsRebuiltOnOpen() throws Exception {
        long last;
        try (Project p = Fixtures.importedProject(dir)) {
            last = p.corpus().documents().stream().mapToLong(Document::id).max().orElseThrow();
        }
        deleteByHand(dir.resolve(Project.DATABASE), last);
        try (Project p = Project.open(dir)) {
            assertTrue(p.index().rebuiltOnOpen());
            SearchResult all = p.index().search(SearchRequest.of("og"));
            assertTrue(all.total() > 0);
            assertTrue(all.hits().stream().noneMatch(h -> h.documentId() == last));
        }
    }
}
