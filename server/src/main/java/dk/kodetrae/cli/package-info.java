/** The {@code kodetrae} command line: import, search, reindex, demo, serve, benchmark. */
package dk.kodetrae.cli;
