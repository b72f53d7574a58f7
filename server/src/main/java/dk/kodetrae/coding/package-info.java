/**
 * Codings: passages of document text marked with a code, by hand or by a code's rule. Offsets are UTF-16
 * code units into the stored document text, end exclusive, always inside the document. Every write is durable
 * when its method returns, logged with its coder, and undoable per coder.
 */
package dk.kodetrae.coding;
