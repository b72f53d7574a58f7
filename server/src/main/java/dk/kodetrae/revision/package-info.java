/**
 * Edits of a document's text and the versions they make. {@link dk.kodetrae.revision.Revisions#edit} applies a list of
 * replacements ({@code [start, end)} of the current text → new text, UTF-16 code units) by an actor in one store
 * transaction: the text, its turns and sentence units, the codings (moved, or flagged for review where the edit
 * touched their text, see docs/OFFSETS.md) and a new version with the diff; then the search index. Any earlier
 * version can be read back from the diffs, and the diffs can be purged.
 */
package dk.kodetrae.revision;
