/**
 * The corpus: documents with their normalised text, typed attributes, speaker turns and sentence units.
 * All offsets are UTF-16 code-unit offsets into the stored document text, end exclusive
 * (see docs/OFFSETS.md); this package is the only place they are written.
 */
package dk.kodetrae.corpus;
