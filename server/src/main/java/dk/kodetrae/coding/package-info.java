/**
 * Codings: passages of document text marked with a code, by hand, by a code's rule, or imported from another tool,
 * each with its origin and (auto codings) its review state. Offsets are UTF-16 code units into the stored document
 * text, end exclusive, always inside the document. This package is the only writer of coding rows; every write is
 * durable when its method returns, logged with its coder, and a step of the coder's undo history.
 */
package dk.kodetrae.coding;
