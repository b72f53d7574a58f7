/**
 * Independent coding rounds and consensus. A researcher opens a round over some documents and codes for some
 * coders; while it is open every coding read is blind (package {@code coding} applies it: each reader sees only
 * their own codings there). Closing reveals all. Afterwards each disagreement is resolved into codings of the
 * round's consensus coder, written through package {@code coding} and undoable like any coder action.
 */
package dk.kodetrae.round;
