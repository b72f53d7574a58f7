/**
 * Statistics for comparing how often codes occur in groups of interviews: Fisher's exact test, Pearson's chi-square
 * test, a permutation test and a bootstrap interval for per-interview coverage, Benjamini–Hochberg q-values across
 * codes, and the honesty checks a report needs (Cochran's rule, few municipalities). {@link
 * dk.kodetrae.analysis.Statistics} is the entry point; results are immutable records, randomised methods are
 * deterministic for a given seed, and the package has no dependencies beyond the JDK.
 */
package dk.kodetrae.analysis;
