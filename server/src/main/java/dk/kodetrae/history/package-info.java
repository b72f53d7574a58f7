/**
 * The undo history: every coder action (coding, review, auto-coding, codebook edits) is one step that keeps the rows
 * it changed as they were before and after. Undo writes the before images back, redo the after images, each through
 * the package that owns the table; a step whose rows someone changed since is refused, never half applied.
 */
package dk.kodetrae.history;
