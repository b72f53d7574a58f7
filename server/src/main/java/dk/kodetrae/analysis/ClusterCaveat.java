package dk.kodetrae.analysis;

import dk.kodetrae.message.Message;

/**
 * What few clusters mean for a comparison of groups: when interviews are nested in clusters (in the study behind
 * Kodetræ, municipalities), an honest test compares clusters, and with k1 and k2 of them a cluster-level
 * permutation test has only C(k1 + k2, k1) relabellings, which bounds how small its p can be whatever the data.
 *
 * @param clusters1         clusters in group 1
 * @param clusters2         clusters in group 2
 * @param smallestOneSidedP 1 / C(k1 + k2, k1)
 * @param smallestTwoSidedP min(1, 2 / C(k1 + k2, k1)): attained when k1 = k2, where every relabelling has a mirror
 *                          image with the same |difference|; with unequal groups some data can reach the one-sided
 *                          bound two-sided too, so this is the conventional doubled bound
 * @param message           what that means for a reader, as a code with parameters (the cluster attribute, both
 *                          counts, the bound as shown) and an English sentence
 */
public record ClusterCaveat(int clusters1, int clusters2, double smallestOneSidedP, double smallestTwoSidedP,
                            Message message) {
}
