/**
 * REFI-QDA interchange: import {@code .qdpx} projects and {@code .qdc} codebooks written by NVivo, ATLAS.ti, MAXQDA,
 * QualCoder and others, and export a Kodetræ project or codebook in the same formats. Files are read as untrusted
 * (no DTDs, bounded zips), selection positions are converted from the writing tool's convention to Kodetræ's
 * offsets (docs/OFFSETS.md), and an import is all or nothing.
 */
package dk.kodetrae.refiqda;
