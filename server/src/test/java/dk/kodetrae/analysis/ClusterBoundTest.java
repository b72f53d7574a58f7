package dk.kodetrae.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kodetrae.message.Message;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The smallest p a municipality-level test can reach, and the sentences that say so. */
class ClusterBoundTest {
    @Test
    void twoVersusTwo_smallestTwoSidedPIsOneThird() {
        // C(4, 2) = 6 ways to split four municipalities 2 + 2; the most extreme split and its mirror image: 2/6.
        ClusterCaveat caveat = Statistics.clusterCaveat("kommune", 2, 2);
        assertEquals(2.0 / 6, caveat.smallestTwoSidedP());
        assertEquals(1.0 / 6, caveat.smallestOneSidedP());
    }

    @Test
    void fiveVersusFive_smallestTwoSidedPIsTwoIn252() {
        ClusterCaveat caveat = Statistics.clusterCaveat("kommune", 5, 5);
        assertEquals(2.0 / 252, caveat.smallestTwoSidedP(), 1e-18);
        assertEquals(1.0 / 252, caveat.smallestOneSidedP(), 1e-18);
    }

    @Test
    void oneVersusOne_cannotGoBelowOne() {
        assertEquals(1.0, Statistics.clusterCaveat("kommune", 1, 1).smallestTwoSidedP());
    }

    @Test
    void twoVersusTwo_boundIsAttainedByEnumeratingMunicipalityLabels() {
        // Municipality means 0.10, 0.20 (group 1) vs 0.50, 0.60 (group 2): the most separated data possible.
        double[] means = {0.10, 0.20, 0.50, 0.60};
        int[] groups = {1, 1, 2, 2};
        assertEquals(Statistics.clusterCaveat("kommune", 2, 2).smallestTwoSidedP(), PermutationsTest.exactP(means, groups), 1e-15);
    }

    @Test
    void fiveVersusFive_matchesFisherForTheMostExtremeTable() {
        // The same 2 / C(10, 5) is Fisher's two-sided p for [[5, 0], [0, 5]] (SciPy: 0.007936507936507938).
        assertEquals(Statistics.fisherExact(new int[][] {{5, 0}, {0, 5}}).pTwoSided(),
                Statistics.clusterCaveat("kommune", 5, 5).smallestTwoSidedP(), 1e-15);
    }

    @Test
    void twoVersusTwo_sentenceNamesTheClusterAttribute_theCountsAndTheBound() {
        assertEquals("The groups consist of 2 vs 2 clusters (different values of \"kommune\"): the smallest p-value "
                + "a cluster-level test can give is 0.33 (two-sided), so it can never be significant at the 5 % level. "
                + "Interview-level p-values treat interviews with the same kommune as independent and so overstate "
                + "certainty.", Statistics.clusterCaveat("kommune", 2, 2).message().text());
        assertTrue(Statistics.clusterCaveat("skole", 2, 2).message().text().contains("the same skole"));
    }

    @Test
    void caveatMessage_carriesTheCountsAndTheBoundAsShown_withACodePerWording() {
        Message twoTwo = Statistics.clusterCaveat("kommune", 2, 2).message();
        assertEquals("compare.fewClusters.never", twoTwo.code());
        assertEquals(Map.of("attribute", "kommune", "clusters1", 2, "clusters2", 2, "p", 0.33), twoTwo.params());
        assertEquals("compare.fewClusters", Statistics.clusterCaveat("kommune", 5, 5).message().code());
        assertEquals(0.0079, Statistics.clusterCaveat("kommune", 5, 5).message().params().get("p"));
        Message many = Statistics.clusterCaveat("kommune", 12, 12).message();
        assertEquals("compare.fewClusters.tiny", many.code());
        assertEquals(0.001, many.params().get("p"));
    }

    @Test
    void fiveVersusFive_sentencesGiveTwoSignificantDigits_andNoNeverClause() {
        String text = Statistics.clusterCaveat("kommune", 5, 5).message().text();
        assertTrue(text.contains("5 vs 5 clusters") && text.contains("is 0.0079 (two-sided)."), text);
        assertFalse(text.contains("never"), text);
    }

    @Test
    void manyClusters_boundIsWrittenAsBelowOneInAThousand() {
        String text = Statistics.clusterCaveat("kommune", 8, 9).message().text();
        assertTrue(text.contains("is below 0.001 (two-sided)"), text);
    }

    @Test
    void sentences_doNotDependOnTheDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            ClusterCaveat turkish = Statistics.clusterCaveat("kommune", 3, 4);
            Locale.setDefault(Locale.forLanguageTag("da-DK"));
            ClusterCaveat danish = Statistics.clusterCaveat("kommune", 3, 4);
            Locale.setDefault(Locale.ROOT);
            assertEquals(Statistics.clusterCaveat("kommune", 3, 4), turkish);
            assertEquals(Statistics.clusterCaveat("kommune", 3, 4), danish);
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void rejectsAGroupWithoutClusters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.clusterCaveat("kommune", 0, 3));
        assertEquals("each group needs at least one cluster, got 0 and 3", e.getMessage());
    }
}
