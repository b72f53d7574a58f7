/**
 * Transcript import: reading .txt/.md/.docx files, normalising their text once, finding speaker turns and
 * sentence units, reading the attribute manifest, and storing everything all-or-nothing.
 */
package dk.kodetrae.transcript;
