package dk.kodetrae.analysis;

import dk.kodetrae.message.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** The smallest p a cluster-level permutation test can reach, and the sentences that tell a reader so. */
final class ClusterBound {
    /** Below this a bound is written as "below 0.001": it no longer limits what a test can show. */
    private static final double SHOWN_FROM = 0.001;
    private static final double CONVENTIONAL_LEVEL = 0.05;

    private ClusterBound() {
    }

    static ClusterCaveat caveat(String attribute, int clusters1, int clusters2) {
        if (clusters1 < 1 || clusters2 < 1) {
            throw new IllegalArgumentException("each group needs at least one cluster, got " + clusters1
                    + " and " + clusters2);
        }
        double oneSided = 1 / arrangements(clusters1, clusters2);
        double twoSided = Math.min(1, 2 * oneSided);
        return new ClusterCaveat(clusters1, clusters2, oneSided, twoSided,
                message(attribute, clusters1, clusters2, twoSided));
    }

    /**
     * The caveat as a code: compare.fewClusters.tiny (bound below 0.001), compare.fewClusters.never (the bound is
     * at least 0.05) or compare.fewClusters, with the cluster attribute, the two numbers of clusters and the bound
     * rounded as shown.
     */
    private static Message message(String attribute, int clusters1, int clusters2, double twoSided) {
        String code = twoSided < SHOWN_FROM ? "compare.fewClusters.tiny"
                : twoSided >= CONVENTIONAL_LEVEL ? "compare.fewClusters.never" : "compare.fewClusters";
        double shown = twoSided < SHOWN_FROM ? SHOWN_FROM : Double.parseDouble(significant(twoSided));
        return Message.of(code, english(attribute, clusters1, clusters2, twoSided), "attribute", attribute,
                "clusters1", clusters1, "clusters2", clusters2, "p", shown);
    }

    /** C(k1 + k2, k1): each partial product C(k2 + i, i) is an integer, exact in a double up to 2^53. */
    static double arrangements(int clusters1, int clusters2) {
        double arrangements = 1;
        for (int i = 1; i <= clusters1; i++) {
            arrangements = arrangements * (clusters2 + i) / i;
        }
        return arrangements;
    }

    private static String english(String attribute, int clusters1, int clusters2, double twoSided) {
        String bound = twoSided < SHOWN_FROM ? "below 0.001" : significant(twoSided);
        String never = twoSided >= CONVENTIONAL_LEVEL ? ", so it can never be significant at the 5 % level" : "";
        return String.format(Locale.ROOT, "The groups consist of %d vs %d clusters (different values of \"%s\"): "
                + "the smallest p-value a cluster-level test can give is %s (two-sided)%s. Interview-level p-values "
                + "treat interviews with the same %s as independent and so overstate certainty.",
                clusters1, clusters2, attribute, bound, never, attribute);
    }

    /** Two significant digits without trailing zeros, independent of the default locale: 0.33, 0.1, 0.0079, 1. */
    private static String significant(double p) {
        return new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
