package dk.kodetrae.analysis;

import dk.kodetrae.message.Message;

/**
 * What few clusters mean for a comparison of groups: when interviews are nested in municipalities, an honest test
 * compares municipalities, and with k1 and k2 of them a municipality-level permutation test has only C(k1 + k2, k1)
 * relabellings, which bounds how small its p can be whatever the data.
 *
 * @param clusters1         municipalities in group 1
 * @param clusters2         municipalities in group 2
 * @param smallestOneSidedP 1 / C(k1 + k2, k1)
 * @param smallestTwoSidedP min(1, 2 / C(k1 + k2, k1)): attained when k1 = k2, where every relabelling has a mirror
 *                          image with the same |difference|; with unequal groups some data can reach the one-sided
 *                          bound two-sided too, so this is the conventional doubled bound
 * @param danish            a sentence for a Danish report, e.g. "Grupperne består af 2 mod 2 kommuner: …"
 * @param english           the same for an English report
 * @param message           the same as a code with parameters, for clients that translate
 */
public record ClusterCaveat(int clusters1, int clusters2, double smallestOneSidedP, double smallestTwoSidedP,
                            String danish, String english, Message message) {
}
