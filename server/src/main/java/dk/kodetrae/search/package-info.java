/**
 * The Lucene index, derived from the store and rebuilt from it at will: one Lucene document per sentence unit
 * and per speaker turn, Danish or English analysis per document that keeps every word (stemmed, and as its exact
 * form for {@code =word}), and KWIC search with exact match offsets.
 */
package dk.kodetrae.search;
