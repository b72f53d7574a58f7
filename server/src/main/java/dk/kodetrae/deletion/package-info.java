/**
 * Deletes without a trace: a document (with its codings, memos and versions), a code (with its sub-codes and
 * codings), a memo, a whole project folder. Each delete is one store transaction that also drops the undo steps
 * holding the rows and erases the change log's details about them, logs what was deleted and by whom (never the
 * deleted text), and then purges: the index's segments that held the words are rewritten, and the database's log is
 * copied into its file and truncated, so that no file of the project keeps the text.
 */
package dk.kodetrae.deletion;
