/**
 * Benchmarks run by {@code kodetrae bench}: each measures a real path of the tool against a baseline run in the
 * same process (bare Lucene, a linear scan) on a deterministic synthetic corpus made from the demo transcripts.
 */
package dk.kodetrae.benchmark;
