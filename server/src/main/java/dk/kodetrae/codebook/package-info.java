/**
 * Codebooks: the code tree of a project, its file format ({@code kodetrae-codebook/1}, see codebooks/README.md) and
 * its editing (add, rename, recolour, describe, move, merge, delete), every edit durable and in the change log.
 */
package dk.kodetrae.codebook;
